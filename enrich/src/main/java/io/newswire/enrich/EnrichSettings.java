package io.newswire.enrich;

import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Setting;
import io.newswire.runtime.Settings;
import io.newswire.topics.NewswireTopics;

import java.time.Duration;
import java.util.List;

/** Enrich's own settings; with {@link ClusterSettings} they are everything enrich reads. */
public final class EnrichSettings {
    public static final Setting<String> APPLICATION_ID = Setting.string("enrich.application.id", "newswire-enrich",
            "Kafka Streams application id: consumer group, internal topic prefix (every instance of one deployment shares it)");
    public static final Setting<String> INPUT_TOPIC = Setting.string("enrich.input.topic", NewswireTopics.RAW,
            "Topic of raw articles");
    public static final Setting<String> REPLAY_TOPIC = Setting.string("enrich.replay.topic", NewswireTopics.REPLAY,
            "Topic of raw articles being replayed (as many partitions as the input topic)");
    public static final Setting<String> OUTPUT_TOPIC = Setting.string("enrich.output.topic", NewswireTopics.ENRICHED,
            "Topic of enriched articles");
    public static final Setting<String> DEAD_LETTER_TOPIC = Setting.string("enrich.dead.letter.topic",
            NewswireTopics.DEAD_LETTER, "Topic of records that could not be processed");
    public static final Setting<String> ROUTED_LANGUAGES = Setting.string("enrich.route.languages", "",
            "Languages (ISO 639-1, comma-separated) whose articles are also written to news.enriched.lang.<code>");
    public static final Setting<String> LANGUAGES = Setting.string("enrich.languages", "",
            "Languages the detector chooses among (ISO 639-1, comma-separated); empty: the built-in set");
    public static final Setting<Integer> THREADS = Setting.integer("enrich.threads", 1,
            "Stream threads in this instance (partitions are shared among all threads of all instances)");
    public static final Setting<String> STATE_DIR = Setting.string("enrich.state.dir", "",
            "Where state stores live (default: a folder under the system's temporary directory)");
    public static final Setting<Integer> NEAR_DUPLICATE_BITS = Setting.integer("enrich.near.duplicate.bits", 8,
            "Most differing SimHash bits (of 64) for two articles to be near duplicates (8: similarity 0.875)");
    public static final Setting<Duration> DEDUP_RETENTION = Setting.duration("enrich.dedup.retention",
            Duration.ofDays(30), "How long an article id is remembered for de-duplication");
    public static final Setting<Duration> REGISTRY_OUTAGE_RETRY = Setting.duration("enrich.registry.outage.retry",
            Duration.ofSeconds(5), "How long a record waits for an unreachable registry before the thread restarts");
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = Setting.duration("enrich.shutdown.timeout",
            Duration.ofSeconds(30), "How long shutdown waits for the stream threads to commit and stop");
    public static final Setting<String> MANAGEMENT_HOST = Setting.string("enrich.management.host", "127.0.0.1",
            "Address of the health and metrics endpoint");
    public static final Setting<Integer> MANAGEMENT_PORT = Setting.integer("enrich.management.port", 8082,
            "Port of the health and metrics endpoint (0: a free one)");

    public static final List<Setting<?>> OWN = List.of(APPLICATION_ID, INPUT_TOPIC, REPLAY_TOPIC, OUTPUT_TOPIC, DEAD_LETTER_TOPIC,
            ROUTED_LANGUAGES, LANGUAGES, THREADS, STATE_DIR, NEAR_DUPLICATE_BITS, DEDUP_RETENTION,
            REGISTRY_OUTAGE_RETRY, SHUTDOWN_TIMEOUT, MANAGEMENT_HOST, MANAGEMENT_PORT);

    private EnrichSettings() {
    }

    public static List<Setting<?>> all() {
        return ClusterSettings.withServiceSettings(OWN);
    }

    public static Settings load(String... args) {
        return Settings.load(all(), ClusterSettings.PASS_THROUGH, args);
    }
}
