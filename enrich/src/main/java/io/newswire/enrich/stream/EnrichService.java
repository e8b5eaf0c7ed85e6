package io.newswire.enrich.stream;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.StageTimer;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.ManagementServer;
import io.newswire.runtime.ServiceMetrics;
import io.newswire.runtime.Settings;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import io.newswire.topics.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enrich application: the {@link EnrichTopology} in Kafka Streams with exactly-once (v2) processing, a stream
 * thread replaced when it dies of a transient failure (an unreachable registry), health and metrics over HTTP, and a
 * graceful stop that commits before it returns.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final ManagementServer management;
    private final ServiceMetrics metrics;
    private final KafkaStreamsMetrics streamsMetrics;
    private final Duration shutdownTimeout;
    private volatile boolean closed;

    private EnrichService(KafkaStreams streams, ManagementServer management, ServiceMetrics metrics,
                          KafkaStreamsMetrics streamsMetrics, Duration shutdownTimeout) {
        this.streams = streams;
        this.management = management;
        this.metrics = metrics;
        this.streamsMetrics = streamsMetrics;
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * Starts enrich with the enricher the factory makes; the factory gets the stage timer of the service's metrics,
     * so each stage's cost shows in {@code newswire_enrich_stage_seconds}.
     */
    public static EnrichService start(Settings settings, Function<StageTimer, ArticleEnricher> enricherFactory) {
        settings.describe().forEach(line -> log.info("setting {}", line));
        Map<String, Object> kafka = ClusterSettings.kafkaClientConfig(settings);
        SchemaRegistryClient registry = new SchemaRegistryClient(
                SchemaRegistryClientConfig.fromKafkaConfig(ClusterSettings.registryClientConfig(settings)));
        Set<String> routed = languages(settings.get(EnrichSettings.ROUTED_LANGUAGES));
        if (settings.get(ClusterSettings.TOPICS_CREATE)) {
            provisionTopics(kafka, settings, routed);
        }

        ServiceMetrics metrics = new ServiceMetrics("newswire-enrich");
        EnrichMetrics enrichMetrics = new EnrichMetrics(metrics.registry());
        ArticleEnricher enricher = enricherFactory.apply(enrichMetrics);
        EnrichTopology.Options options = new EnrichTopology.Options(
                settings.get(EnrichSettings.INPUT_TOPIC), settings.get(EnrichSettings.REPLAY_TOPIC),
                settings.get(EnrichSettings.OUTPUT_TOPIC),
                settings.get(EnrichSettings.DEAD_LETTER_TOPIC), routed, settings.get(EnrichSettings.NEAR_DUPLICATE_BITS),
                settings.get(EnrichSettings.DEDUP_RETENTION), settings.get(EnrichSettings.REGISTRY_OUTAGE_RETRY),
                "newswire-enrich " + enricher.version());
        Topology topology = EnrichTopology.build(options, enricher, registry, enrichMetrics, Clock.systemUTC());
        log.info("Enrich topology:\n{}", topology.describe());

        KafkaStreams streams = new KafkaStreams(topology, streamsConfig(settings, kafka));
        streams.setUncaughtExceptionHandler(error -> {
            log.error("A stream thread died; replacing it (it resumes from the last commit)", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("Enrich is {} (was {})", now, before));
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
        streams.start();
        ManagementServer management = ManagementServer.start(settings.get(EnrichSettings.MANAGEMENT_HOST),
                settings.get(EnrichSettings.MANAGEMENT_PORT), metrics, () -> readiness(streams));
        log.info("Enrich {} started: {} -> {} (health and metrics on port {})", enricher.version(),
                options.inputTopic(), options.outputTopic(), management.port());
        return new EnrichService(streams, management, metrics, streamsMetrics,
                settings.get(EnrichSettings.SHUTDOWN_TIMEOUT));
    }

    static Properties streamsConfig(Settings settings, Map<String, Object> kafka) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.get(EnrichSettings.APPLICATION_ID));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.get(EnrichSettings.THREADS));
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.get(ClusterSettings.TOPICS_REPLICATION_FACTOR));
        String stateDir = settings.get(EnrichSettings.STATE_DIR);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "newswire-enrich-state").toString() : stateDir);
        // An enriched record carries its raw article: let it be as large as the topics allow.
        config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 4 * 1024 * 1024);
        config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return config;
    }

    private static void provisionTopics(Map<String, Object> kafka, Settings settings, Set<String> routed) {
        int partitions = settings.get(ClusterSettings.TOPICS_PARTITIONS);
        short replication = settings.get(ClusterSettings.TOPICS_REPLICATION_FACTOR).shortValue();
        List<TopicSpec> topics = new ArrayList<>(NewswireTopics.core(partitions, replication));
        routed.forEach(code -> topics.add(NewswireTopics.languageRoute(code, partitions, replication)));
        try (Admin admin = Admin.create(kafka)) {
            TopicProvisioner provisioner = new TopicProvisioner(admin);
            provisioner.ensure(topics);
            // The replay topic must be co-partitioned with the raw topic as it is, whatever the setting says.
            int rawPartitions = provisioner.partitions(settings.get(EnrichSettings.INPUT_TOPIC));
            TopicSpec replay = NewswireTopics.replay(rawPartitions, replication);
            provisioner.ensure(List.of(new TopicSpec(settings.get(EnrichSettings.REPLAY_TOPIC), replay.partitions(),
                    replication, replay.configs(), replay.purpose())));
        }
    }

    /** A comma-separated list of language codes as a set, lowercased, empty entries dropped. */
    public static Set<String> languages(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static ManagementServer.Readiness readiness(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        boolean ready = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return new ManagementServer.Readiness(ready, "{\"status\":\"" + (ready ? "UP" : "DOWN")
                + "\",\"streams\":\"" + state + "\"}");
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public int managementPort() {
        return management.port();
    }

    /** Waits until the stream threads run (partitions assigned, state restored). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.RUNNING) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }

    /**
     * Commits what was processed and stops; nothing is lost, nothing emitted twice (exactly-once). The instance leaves
     * the consumer group, so the others take its partitions at once instead of after the session timeout, and a
     * stopped enrich is seen as stopped (by {@code newswire replay}, say).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Enrich stopping (at most {} s)", shutdownTimeout.toSeconds());
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(shutdownTimeout));
        streamsMetrics.close();
        management.close();
        metrics.close();
        log.info("Enrich stopped");
    }
}
