package io.newswire.enrich.replay;

import io.newswire.avro.RawArticle;
import io.newswire.enrich.language.LanguageDetector;
import io.newswire.registry.SchemaRegistryUnavailableException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Re-enriches a time range of raw history with the enricher that runs now. It copies the range's raw records, as they
 * are, to the replay topic, which enrich reads beside the raw topic (same partitions, same article ids, same revision
 * store): enrich gives them the current enricher version and marks them reprocessed, and never lets an old revision
 * replace a newer one. The raw topic is only read.
 *
 * <p>Live traffic keeps flowing: enrich takes records of both topics in time order, and the job keeps at most
 * {@code maxBacklog} copied records ahead of what enrich has committed, so live articles never queue behind a whole
 * replay. The job then waits until enrich has committed everything it copied. The records and their replay id depend
 * only on the request, so running a replay twice leaves the enriched topic the same.
 */
public final class ReplayJob {
    /** Header naming the replay a record belongs to; enrich reads it. */
    public static final String REPLAY_ID_HEADER = "newswire-replay-id";
    /** Header with where the replayed record lies in the raw topic ({@code topic-partition@offset}). */
    public static final String REPLAYED_FROM_HEADER = "newswire-replayed-from";

    private static final Logger log = LoggerFactory.getLogger(ReplayJob.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);
    private static final Duration ENRICH_CHECK_INTERVAL = Duration.ofMillis(200);

    /**
     * @param rawTopic            the raw topic the range is read from
     * @param replayTopic         the topic enrich reads replays from (as many partitions as the raw topic)
     * @param enrichApplicationId enrich's application id: the consumer group whose progress the job follows
     * @param waitForEnrich       follow enrich (bounded backlog, wait for the end); false only copies
     * @param maxBacklog          copied records enrich may have left to consume before copying pauses
     * @param enrichAbsence       how long enrich may have no running instance before the job stops waiting for it
     */
    public record Config(String rawTopic, String replayTopic, String enrichApplicationId, boolean waitForEnrich,
                         int maxBacklog, Duration enrichAbsence) {
        public Config {
            if (maxBacklog < 1) {
                throw new IllegalArgumentException("maxBacklog must be at least 1, not " + maxBacklog);
            }
        }
    }

    private final Map<String, Object> kafka;
    private final Deserializer<RawArticle> deserializer;
    private final Supplier<LanguageDetector> detector;
    private final Config config;
    private final Clock clock;

    /**
     * @param kafka        Kafka client settings (bootstrap servers, security)
     * @param deserializer reads raw articles (through the schema registry)
     * @param detector     the current language detector, built only for a replay by language
     */
    public ReplayJob(Map<String, Object> kafka, Deserializer<RawArticle> deserializer, Supplier<LanguageDetector> detector,
                     Config config, Clock clock) {
        this.kafka = Map.copyOf(kafka);
        this.deserializer = deserializer;
        this.detector = detector;
        this.config = config;
        this.clock = clock;
    }

    public ReplayResult run(ReplayRequest request, ReplayProgress progress) {
        Instant started = clock.instant();
        Instant to = request.to() != null ? request.to() : started;
        String replayId = request.replayId(to);
        ReplaySelection selection = new ReplaySelection(request.sources(), request.languages(), detector);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             Admin admin = Admin.create(kafka)) {
            List<TopicPartition> rawPartitions = partitions(consumer, config.rawTopic());
            ReplayRange range = ReplayRange.of(consumer, rawPartitions, request.from(), to);
            log.info("Replay {}: {} raw records of {} in [{}, {}){}", replayId, range.size(), config.rawTopic(),
                    request.from(), to, request.dryRun() ? " (dry run)" : "");
            Run run = new Run(request, to, replayId, range, selection, progress, consumer,
                    new EnrichConsumption(admin, config.enrichApplicationId()));
            return run.execute(started);
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> consumer = new HashMap<>(kafka);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        consumer.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-replay");
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return consumer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producer = new HashMap<>(kafka);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        // Raw records may be up to the raw topic's 4 MiB limit; a copy must fit in a request.
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 5 * 1024 * 1024);
        producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-replay");
        return producer;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> info = consumer.partitionsFor(topic);
        if (info == null || info.isEmpty()) {
            throw new ReplayException("Topic " + topic + " does not exist on this cluster");
        }
        return info.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** One execution: the counters and the copying, kept together for the length of a run. */
    private final class Run {
        private final ReplayRequest request;
        private final Instant to;
        private final String replayId;
        private final ReplayRange range;
        private final ReplaySelection selection;
        private final ReplayProgress progress;
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final EnrichConsumption enrich;
        private final Map<TopicPartition, Long> replayStart = new HashMap<>();
        private final Map<TopicPartition, Long> replayEnd = new ConcurrentHashMap<>();
        private final AtomicLong copied = new AtomicLong();
        private final AtomicReference<Exception> sendFailure = new AtomicReference<>();
        private long scanned;
        private long selected;
        private long unreadable;
        private long enriched;
        private boolean following;
        private Instant lastProgress = Instant.EPOCH;
        private Instant lastEnrichCheck = Instant.EPOCH;
        private Instant enrichSeenAt;

        Run(ReplayRequest request, Instant to, String replayId, ReplayRange range, ReplaySelection selection,
            ReplayProgress progress, KafkaConsumer<byte[], byte[]> consumer, EnrichConsumption enrich) {
            this.request = request;
            this.to = to;
            this.replayId = replayId;
            this.range = range;
            this.selection = selection;
            this.progress = progress;
            this.consumer = consumer;
            this.enrich = enrich;
        }

        ReplayResult execute(Instant started) {
            if (request.dryRun()) {
                scan(null);
            } else {
                prepareReplayTopic();
                following = config.waitForEnrich();
                if (following && !enrich.running()) {
                    throw new ReplayException("Enrich is not running (its consumer group " + enrich.applicationId()
                            + " has no members), so nothing would process the replay. Start enrich, or pass --no-wait "
                            + "to only copy the range: enrich re-enriches it when it starts.");
                }
                enrichSeenAt = clock.instant();
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
                    scan(producer);
                    producer.flush();
                    checkSent();
                }
                awaitEnrich();
            }
            report(ReplayStatus.Phase.DONE, true);
            ReplayResult result = new ReplayResult(replayId, request.from(), to, range.size(), selected, unreadable,
                    copied.get(), enriched, request.dryRun(), Duration.between(started, clock.instant()));
            log.info("Replay {} {}: {} in range, {} selected, {} unreadable, {} copied, {} enriched", replayId,
                    request.dryRun() ? "counted" : "done", result.inRange(), result.selected(), result.unreadable(),
                    result.copied(), result.enriched());
            return result;
        }

        private void prepareReplayTopic() {
            List<TopicPartition> replayPartitions = partitions(consumer, config.replayTopic());
            int rawCount = consumer.partitionsFor(config.rawTopic()).size();
            if (replayPartitions.size() != rawCount) {
                throw new ReplayException("The replay topic " + config.replayTopic() + " has " + replayPartitions.size()
                        + " partitions and the raw topic " + config.rawTopic() + " has " + rawCount
                        + ": they must have as many, so a replayed article meets its history in enrich. Recreate the "
                        + "replay topic with " + rawCount + " partitions (it holds nothing that is not in the raw topic).");
            }
            replayStart.putAll(consumer.endOffsets(replayPartitions));
        }

        /** Reads the range once; copies the selected records when given a producer, else only counts. */
        private void scan(KafkaProducer<byte[], byte[]> producer) {
            Set<TopicPartition> remaining = new HashSet<>(range.nonEmpty());
            consumer.assign(remaining);
            remaining.forEach(p -> consumer.seek(p, range.start(p)));
            while (!remaining.isEmpty()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (TopicPartition partition : records.partitions()) {
                    long end = range.end(partition);
                    for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                        if (record.offset() >= end) {
                            break;
                        }
                        scanned++;
                        handle(record, producer);
                    }
                }
                List<TopicPartition> finished = new ArrayList<>();
                for (TopicPartition partition : remaining) {
                    if (consumer.position(partition) >= range.end(partition)) {
                        finished.add(partition);
                    }
                }
                finished.forEach(remaining::remove);
                consumer.pause(finished);
                if (producer != null) {
                    checkSent();
                    boundBacklog(producer);
                }
                report(ReplayStatus.Phase.COPYING, false);
            }
            scanned = range.size();
        }

        private void handle(ConsumerRecord<byte[], byte[]> record, KafkaProducer<byte[], byte[]> producer) {
            // Exact on a log-append-time raw topic already; on a topic with client times, keep to the range anyway.
            if (record.timestamp() < request.from().toEpochMilli() || record.timestamp() >= to.toEpochMilli()) {
                return;
            }
            RawArticle article = decode(record);
            if (article == null || !selection.test(article)) {
                return;
            }
            selected++;
            if (producer == null) {
                return;
            }
            TopicPartition target = new TopicPartition(config.replayTopic(), record.partition());
            producer.send(new ProducerRecord<>(config.replayTopic(), record.partition(), null, record.key(),
                    record.value(), headers(record)), (metadata, error) -> {
                if (error != null) {
                    sendFailure.compareAndSet(null, error);
                } else {
                    copied.incrementAndGet();
                    replayEnd.merge(target, metadata.offset() + 1, Math::max);
                }
            });
        }

        private RawArticle decode(ConsumerRecord<byte[], byte[]> record) {
            if (record.value() == null || record.key() == null) {
                unreadable++;
                return null;
            }
            try {
                RawArticle article = deserializer.deserialize(record.topic(), record.value());
                if (!article.getId().equals(new String(record.key(), StandardCharsets.UTF_8))) {
                    unreadable++;
                    return null;
                }
                return article;
            } catch (SerializationException e) {
                if (SchemaRegistryUnavailableException.isCauseOf(e)) {
                    throw new ReplayException("The schema registry is unreachable (" + e.getMessage() + "). Nothing "
                            + "is lost and replays are idempotent: run the same replay again when it is back.", e);
                }
                unreadable++;
                return null;
            } catch (RuntimeException e) {
                unreadable++;
                return null;
            }
        }

        private Headers headers(ConsumerRecord<byte[], byte[]> record) {
            RecordHeaders headers = new RecordHeaders(record.headers().toArray());
            headers.remove(REPLAY_ID_HEADER);
            headers.remove(REPLAYED_FROM_HEADER);
            headers.add(REPLAY_ID_HEADER, replayId.getBytes(StandardCharsets.UTF_8));
            headers.add(REPLAYED_FROM_HEADER, (record.topic() + "-" + record.partition() + "@" + record.offset())
                    .getBytes(StandardCharsets.UTF_8));
            return headers;
        }

        private void checkSent() {
            Exception failure = sendFailure.get();
            if (failure != null) {
                throw new ReplayException("Could not write to the replay topic " + config.replayTopic() + ": "
                        + failure.getMessage() + ". Replays are idempotent: run the same replay again.", failure);
            }
        }

        /** Pauses copying while enrich has more than the allowed backlog of copied records left to consume. */
        private void boundBacklog(KafkaProducer<byte[], byte[]> producer) {
            if (!following) {
                return;
            }
            refreshEnriched(false);
            if (copied.get() - enriched <= config.maxBacklog()) {
                return;
            }
            producer.flush();
            checkSent();
            while (following && copied.get() - enriched > config.maxBacklog()) {
                pause();
                refreshEnriched(true);
                report(ReplayStatus.Phase.COPYING, false);
            }
        }

        /** Waits until enrich has read every copied record, then until what it made of them is written out. */
        private void awaitEnrich() {
            while (following && enriched < copied.get()) {
                report(ReplayStatus.Phase.WAITING_FOR_ENRICH, false);
                pause();
                refreshEnriched(true);
            }
            if (following) {
                Map<TopicPartition, Long> downstream = enrich.repartitionEnds();
                while (following && !enrich.reached(downstream)) {
                    pause();
                    checkEnrichPresent(clock.instant());
                }
            }
            report(ReplayStatus.Phase.WAITING_FOR_ENRICH, true);
        }

        /** Reads enrich's committed offsets (at most every 200 ms unless forced); stops following an absent enrich. */
        private void refreshEnriched(boolean force) {
            Instant now = clock.instant();
            if (!force && Duration.between(lastEnrichCheck, now).compareTo(ENRICH_CHECK_INTERVAL) < 0) {
                return;
            }
            lastEnrichCheck = now;
            List<TopicPartition> written = List.copyOf(replayEnd.keySet());
            Map<TopicPartition, Long> committed = enrich.committed(written);
            long done = 0;
            for (TopicPartition partition : written) {
                long start = replayStart.getOrDefault(partition, 0L);
                done += Math.max(0, Math.min(committed.get(partition), replayEnd.get(partition)) - start);
            }
            enriched = Math.min(done, copied.get());
            if (enriched < copied.get()) {
                checkEnrichPresent(now);
            }
        }

        /** Stops following an enrich that has had no running instance for too long: it takes the rest when it starts. */
        private void checkEnrichPresent(Instant now) {
            if (enrich.running()) {
                enrichSeenAt = now;
            } else if (Duration.between(enrichSeenAt, now).compareTo(config.enrichAbsence()) > 0) {
                following = false;
                log.warn("Enrich ({}) has had no running instance for {} s: no longer waiting for it; it re-enriches "
                        + "the replay when it starts", enrich.applicationId(), config.enrichAbsence().toSeconds());
            }
        }

        private void report(ReplayStatus.Phase phase, boolean always) {
            Instant now = clock.instant();
            if (always || Duration.between(lastProgress, now).compareTo(PROGRESS_INTERVAL) >= 0) {
                lastProgress = now;
                progress.update(new ReplayStatus(phase, range.size(), scanned, selected, copied.get(), enriched));
            }
        }

        private void pause() {
            try {
                Thread.sleep(ENRICH_CHECK_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReplayException("Replay " + replayId + " interrupted after copying " + copied.get()
                        + " records; run it again to finish (replays are idempotent)", e);
            }
        }
    }
}
