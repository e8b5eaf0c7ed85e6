package io.newswire.client.subscribe;

import io.newswire.avro.EnrichedArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads enriched articles that match a filter, from now, from a time or from the beginning. Two ways:
 * <ul>
 *   <li>with a consumer group ({@link Builder#groupId}): partitions are shared among the group's members and
 *       positions are committed by {@link #commit()} (or by {@link #run}, after each batch is handled): at least
 *       once; the start position applies only to partitions the group has no position for;</li>
 *   <li>without one: every partition, positions kept by the caller (a script, {@code newswire tail}, a server-sent
 *       event stream that resumes from {@link #positions()}).</li>
 * </ul>
 * Only committed records are read (the enriched topic is written with exactly-once); filtering happens here, as
 * Kafka has no server-side filter. Not thread-safe: one subscriber per thread, as with any Kafka consumer.
 */
public final class ArticleSubscriber implements AutoCloseable {
    private final KafkaConsumer<String, EnrichedArticle> consumer;
    private final ArticleFilter filter;
    private final String topic;
    private final boolean grouped;
    private final Map<TopicPartition, Long> endAtStart = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
    /** Partitions started at a time: records stamped earlier are skipped there, so a start time is exact. */
    private final Map<TopicPartition, Long> notBefore = new HashMap<>();
    private volatile boolean stopped;

    private ArticleSubscriber(KafkaConsumer<String, EnrichedArticle> consumer, ArticleFilter filter, String topic,
                              boolean grouped) {
        this.consumer = consumer;
        this.filter = filter;
        this.topic = topic;
        this.grouped = grouped;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Matching articles read within the timeout, in partition order; empty when none arrived. */
    public List<ReceivedArticle> poll(Duration timeout) {
        List<ReceivedArticle> matching = new ArrayList<>();
        for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(timeout)) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            toCommit.put(partition, new OffsetAndMetadata(record.offset() + 1));
            Long earliest = notBefore.get(partition);
            if (earliest != null && record.timestamp() < earliest) {
                continue;
            }
            if (record.value() != null && filter.test(record.value())) {
                matching.add(new ReceivedArticle(record.value(), record.topic(), record.partition(), record.offset(),
                        Instant.ofEpochMilli(record.timestamp())));
            }
        }
        return matching;
    }

    /**
     * Gives back articles {@link #poll} returned that the caller did not handle (it stopped early): they are read
     * again, and not committed as done.
     */
    public void unread(List<ReceivedArticle> unhandled) {
        Map<TopicPartition, Long> earliest = new HashMap<>();
        for (ReceivedArticle article : unhandled) {
            earliest.merge(new TopicPartition(article.topic(), article.partition()), article.offset(), Math::min);
        }
        earliest.forEach((partition, offset) -> {
            consumer.seek(partition, offset);
            toCommit.put(partition, new OffsetAndMetadata(offset));
        });
    }

    /** Commits the positions of everything {@link #poll} returned so far, less what was given back (group mode). */
    public void commit() {
        if (grouped && !toCommit.isEmpty()) {
            consumer.commitSync(Map.copyOf(toCommit));
            toCommit.clear();
        }
    }

    /**
     * Hands every matching article to the handler until {@link #stop()}; in group mode commits after each batch is
     * handled, so an article is committed only once the handler is done with it (at least once). A handler that
     * throws stops the loop without committing its batch.
     */
    public void run(Consumer<ReceivedArticle> handler) {
        try {
            while (!stopped) {
                poll(Duration.ofMillis(500)).forEach(handler);
                commit();
            }
        } catch (WakeupException woken) {
            if (!stopped) {
                throw woken;
            }
        }
    }

    /** Makes {@link #run} return; safe from another thread. */
    public void stop() {
        stopped = true;
        consumer.wakeup();
    }

    /**
     * Whether every partition read has been read up to where it ended when it was first assigned: what was there is
     * done, what follows is new. With a group, false until the group has assigned partitions.
     */
    public boolean caughtUp() {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return false;
        }
        for (TopicPartition partition : assigned) {
            Long end = endAtStart.get(partition);
            if (end != null && consumer.position(partition) < end) {
                return false;
            }
        }
        return true;
    }

    /** The next offset to read of each partition: where a caller resumes (see {@link Builder#resumeFrom}). */
    public Map<Integer, Long> positions() {
        Map<Integer, Long> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition.partition(), consumer.position(partition));
        }
        return positions;
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private void seekToStart(Collection<TopicPartition> partitions, StartPosition start) {
        if (partitions.isEmpty()) {
            return; // seekToBeginning and seekToEnd take an empty collection to mean every assigned partition
        }
        switch (start) {
            case StartPosition.Earliest e -> consumer.seekToBeginning(partitions);
            case StartPosition.Latest l -> consumer.seekToEnd(partitions);
            case StartPosition.At at -> {
                Map<TopicPartition, Long> times = new HashMap<>();
                partitions.forEach(p -> times.put(p, at.time().toEpochMilli()));
                // The first offset at or after the time is where to start; records from partitions enrich wrote
                // concurrently can still be stamped a little earlier further on, and are not "after" it.
                partitions.forEach(p -> notBefore.put(p, at.time().toEpochMilli()));
                Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
                List<TopicPartition> noneAfter = new ArrayList<>();
                for (TopicPartition partition : partitions) {
                    OffsetAndTimestamp offset = offsets.get(partition);
                    if (offset == null) {
                        noneAfter.add(partition);
                    } else {
                        consumer.seek(partition, offset.offset());
                    }
                }
                if (!noneAfter.isEmpty()) {
                    consumer.seekToEnd(noneAfter);
                }
            }
        }
        partitions.forEach(consumer::position); // resolve lazy seeks now, not at the first poll
    }

    /** How to subscribe; bootstrap servers and the registry URL are required. */
    public static final class Builder {
        private final Map<String, Object> kafka = new HashMap<>();
        private SchemaRegistryClientConfig registry;
        private String topic = NewswireTopics.ENRICHED;
        private ArticleFilter filter = ArticleFilter.ALL;
        private StartPosition start = StartPosition.NOW;
        private String groupId;
        private Map<Integer, Long> resumeFrom = Map.of();

        public Builder bootstrapServers(String servers) {
            kafka.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            return this;
        }

        /** Any Kafka consumer setting, for example {@code security.protocol}. */
        public Builder kafkaProperty(String key, Object value) {
            kafka.put(key, value);
            return this;
        }

        /** Any Kafka consumer settings, for example security ones. */
        public Builder kafkaProperties(Map<String, ?> properties) {
            kafka.putAll(properties);
            return this;
        }

        public Builder schemaRegistryUrl(String url) {
            this.registry = SchemaRegistryClientConfig.of(url);
            return this;
        }

        /** The registry with every client setting (credentials, several URLs). */
        public Builder schemaRegistry(SchemaRegistryClientConfig config) {
            this.registry = Objects.requireNonNull(config);
            return this;
        }

        /** The enriched topic by default; a routed topic ({@code news.enriched.lang.ar}) reads one language only. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder filter(ArticleFilter filter) {
            this.filter = Objects.requireNonNull(filter);
            return this;
        }

        public Builder from(StartPosition start) {
            this.start = Objects.requireNonNull(start);
            return this;
        }

        /** Read as a member of this consumer group, committing positions (at least once). */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /** Without a group: where to resume, partition to next offset; other partitions use the start position. */
        public Builder resumeFrom(Map<Integer, Long> positions) {
            this.resumeFrom = Map.copyOf(positions);
            return this;
        }

        public ArticleSubscriber build() {
            Objects.requireNonNull(kafka.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG), "bootstrapServers is required");
            Objects.requireNonNull(registry, "schemaRegistryUrl is required");
            Map<String, Object> config = new HashMap<>(kafka);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-subscriber-" + topic);
            if (groupId != null) {
                config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            }
            KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                    new SpecificAvroDeserializer<>(new SchemaRegistryClient(registry), EnrichedArticle.class));
            ArticleSubscriber subscriber = new ArticleSubscriber(consumer, filter, topic, groupId != null);
            if (groupId != null) {
                consumer.subscribe(Set.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
                        List<TopicPartition> fresh = partitions.stream().filter(p -> committed.get(p) == null).toList();
                        subscriber.seekToStart(fresh, start);
                        consumer.endOffsets(partitions).forEach(subscriber.endAtStart::putIfAbsent);
                    }

                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        subscriber.commit();
                    }
                });
            } else {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                List<TopicPartition> notResumed = new ArrayList<>();
                for (TopicPartition partition : partitions) {
                    Long position = resumeFrom.get(partition.partition());
                    if (position == null) {
                        notResumed.add(partition);
                    } else {
                        consumer.seek(partition, position);
                    }
                }
                subscriber.seekToStart(notResumed, start);
                subscriber.endAtStart.putAll(consumer.endOffsets(partitions));
            }
            return subscriber;
        }
    }
}
