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
    /** Prefix of the per-language routed topics, {@code news.enriched.lang.<code>}. */
    public static final String ENRICHED_BY_LANGUAGE_PREFIX = "news.enriched.lang.";

    static final String FOUR_MIB = Integer.toString(4 * 1024 * 1024);
    static final String ONE_HOUR_MS = Long.toString(60L * 60 * 1000);
    static final String ONE_DAY_MS = Long.toString(24L * 60 * 60 * 1000);
    static final String THIRTY_DAYS_MS = Long.toString(30L * 24 * 60 * 60 * 1000);

    private NewswireTopics() {
    }

    /** The raw, enriched and dead-letter topics. */
    public static List<TopicSpec> core(int partitions, short replicationFactor) {
        return List.of(raw(partitions, replicationFactor), enriched(ENRICHED, partitions, replicationFactor),
                deadLetter(partitions, replicationFactor));
    }

    public static TopicSpec raw(int partitions, short replicationFactor) {
        return new TopicSpec(RAW, partitions, replicationFactor, Map.of(
                "cleanup.policy", "delete",
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
