package io.newswire.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates missing topics, idempotently. An existing topic is never altered: on a real cluster its settings belong to
 * the operator, so differences from the spec are reported, not overwritten.
 */
public final class TopicProvisioner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** What provisioning found: topics it created, and differences of existing topics from their spec. */
    public record Report(List<String> created, List<String> existing, List<String> drift) {
    }

    public Report ensure(Collection<TopicSpec> specs) {
        try {
            Set<String> present = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> created = new ArrayList<>();
            List<String> existing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (present.contains(spec.name())) {
                    existing.add(spec.name());
                } else if (create(spec)) {
                    created.add(spec.name());
                } else {
                    existing.add(spec.name());
                }
            }
            awaitVisible(created);
            List<String> drift = drift(specs.stream().filter(s -> existing.contains(s.name())).toList());
            drift.forEach(d -> log.warn("Topic differs from its documented settings: {}", d));
            if (!created.isEmpty()) {
                log.info("Created topics {}", created);
            }
            return new Report(created, existing, drift);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot provision topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot provision topics: the cluster did not answer in "
                    + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning topics", e);
        }
    }

    /** The partition count of an existing topic. */
    public int partitions(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot describe topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot describe topic " + topic + ": the cluster did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A created topic is not at once known to every broker's metadata: clients that use it right away (or a second
     * provisioning) would be told it does not exist. Wait until it is described.
     */
    private void awaitVisible(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private boolean create(TopicSpec spec) throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic = new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs());
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false; // another instance created it meanwhile
            }
            throw e;
        }
    }

    private List<String> drift(List<TopicSpec> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (existing.isEmpty()) {
            return List.of();
        }
        Map<String, TopicSpec> byName = existing.stream().collect(Collectors.toMap(TopicSpec::name, Function.identity()));
        awaitVisible(List.copyOf(byName.keySet()));
        Map<String, TopicDescription> descriptions = admin.describeTopics(byName.keySet()).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<ConfigResource> resources = byName.keySet().stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> drift = new ArrayList<>();
        for (TopicSpec spec : existing) {
            int partitions = descriptions.get(spec.name()).partitions().size();
            if (partitions < spec.partitions()) {
                drift.add(spec.name() + ": " + partitions + " partitions, spec asks for " + spec.partitions());
            }
            Config actual = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
            spec.configs().forEach((key, wanted) -> {
                ConfigEntry entry = actual.get(key);
                String value = entry == null ? null : entry.value();
                if (!wanted.equals(value)) {
                    drift.add(spec.name() + ": " + key + "=" + value + ", spec says " + wanted);
                }
            });
        }
        return drift;
    }
}
