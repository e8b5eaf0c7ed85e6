package io.newswire.topics;

import java.util.List;
import java.util.Map;

/**
 * Newswire's topics and their settings. Names carry a version suffix: a breaking change of meaning gets a new topic,
 * never a rewrite of an old one.
 */
public final class NewswireTopics {
    /** Raw articles, the archive of record: kept forever, never compacted, never rewritten. */
    public static final String RAW = "news.raw.v1";
    /** Enriched articles, compacted: the newest version of each article id. */
    public static final String ENRICHED = "news.enriched.v1";
    /** Records that could not be processed, with the reason. */
    public static final String DEAD_LETTER = "news.dlq.v1";
    /**
     * Raw articles of a replay, copied from the raw topic with a replay id header: enrich reads it beside the raw
     * topic. It must have as many partitions as the raw topic, so an article's replay meets its live history.
     */
    public static final String REPLAY = "news.replay.v1";
    /** Prefix of the per-language routed topics, {@code news.enriched.lang.<code>}. */
    public static final String ENRICHED_BY_LANGUAGE_PREFIX = "news.enriched.lang.";

    static final String FOUR_MIB = Integer.toString(4 * 1024 * 1024);
    static final String ONE_HOUR_MS = Long.toString(60L * 60 * 1000);
    static final String ONE_DAY_MS = Long.toString(24L * 60 * 60 * 1000);
    static final String THIRTY_DAYS_MS = Long.toString(30L * 24 * 60 * 60 * 1000);

    /** Topic settings that make record times the broker's append times. */
    public static final String TIMESTAMP_TYPE = "message.timestamp.type";
    public static final String LOG_APPEND_TIME = "LogAppendTime";

    private NewswireTopics() {
    }

    /** The raw, enriched, dead-letter and replay topics (raw and replay with the same partitions). */
    public static List<TopicSpec> core(int partitions, short replicationFactor) {
        return List.of(raw(partitions, replicationFactor), enriched(ENRICHED, partitions, replicationFactor),
                deadLetter(partitions, replicationFactor), replay(partitions, replicationFactor));
    }

    public static TopicSpec raw(int partitions, short replicationFactor) {
        return new TopicSpec(RAW, partitions, replicationFactor, Map.of(
                "cleanup.policy", "delete",
                // The broker stamps each record as it is appended: a record's time is when Kafka accepted the article,
                // never a client's clock, and time only grows along a partition, so a time range is an offset range.
                TIMESTAMP_TYPE, LOG_APPEND_TIME,
                "retention.ms", "-1",
                "retention.bytes", "-1",
                "max.message.bytes", FOUR_MIB,
                "min.insync.replicas", minInsyncReplicas(replicationFactor)),
                "raw articles as pushed; the archive of record, kept forever");
    }

    /** The enriched topic, or a routed topic with the same settings. */
    public static TopicSpec enriched(String name, int partitions, short replicationFactor) {
        return new TopicSpec(name, partitions, replicationFactor, Map.of(
                "cleanup.policy", "compact",
                // Subscribers see every update for an hour before compaction may fold it into the next.
                "min.compaction.lag.ms", ONE_HOUR_MS,
                "delete.retention.ms", ONE_DAY_MS,
                "segment.ms", ONE_DAY_MS,
                "max.message.bytes", FOUR_MIB,
                "min.insync.replicas", minInsyncReplicas(replicationFactor)),
                "enriched articles, compacted to the newest version of each id");
    }

    public static TopicSpec languageRoute(String languageCode, int partitions, short replicationFactor) {
        return enriched(ENRICHED_BY_LANGUAGE_PREFIX + languageCode, partitions, replicationFactor);
    }

    /** The replay topic; give it the raw topic's partition count. Kept a week: long enough for any replay to finish. */
    public static TopicSpec replay(int partitions, short replicationFactor) {
        return new TopicSpec(REPLAY, partitions, replicationFactor, Map.of(
                "cleanup.policy", "delete",
                // A replayed record is stamped when it is copied, so retention counts from the replay, not the article.
                TIMESTAMP_TYPE, LOG_APPEND_TIME,
                "retention.ms", Long.toString(7L * 24 * 60 * 60 * 1000),
                "max.message.bytes", FOUR_MIB,
                "min.insync.replicas", minInsyncReplicas(replicationFactor)),
                "raw articles being replayed; as many partitions as the raw topic");
    }

    public static TopicSpec deadLetter(int partitions, short replicationFactor) {
        return new TopicSpec(DEAD_LETTER, partitions, replicationFactor, Map.of(
                "cleanup.policy", "delete",
                "retention.ms", THIRTY_DAYS_MS,
                "max.message.bytes", FOUR_MIB,
                "min.insync.replicas", minInsyncReplicas(replicationFactor)),
                "records that could not be processed, with the reason; kept 30 days");
    }

    /** Two in-sync replicas where there are at least three, so one broker can be down without refusing writes. */
    static String minInsyncReplicas(short replicationFactor) {
        return Integer.toString(replicationFactor >= 3 ? 2 : 1);
    }
}
