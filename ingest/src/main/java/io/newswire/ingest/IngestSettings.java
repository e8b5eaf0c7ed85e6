package io.newswire.ingest;

import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Setting;
import io.newswire.runtime.Settings;
import io.newswire.topics.NewswireTopics;

import java.time.Duration;
import java.util.List;

/** Ingest's own settings; with {@link ClusterSettings} they are everything ingest reads. */
public final class IngestSettings {
    public static final Setting<String> HOST = Setting.string("ingest.host", "127.0.0.1",
            "Address to listen on (0.0.0.0 for every interface)");
    public static final Setting<Integer> PORT = Setting.integer("ingest.port", 8080, "HTTP port (0: a free one)");
    public static final Setting<String> AUTH = Setting.string("ingest.auth", "auto",
            "keys: every request needs an API key; open: none does (loopback only); auto: keys if any are configured, else open on loopback");
    public static final Setting<String> API_KEYS = Setting.string("ingest.api.keys", "",
            "API keys as id:source:sha256-of-key, comma-separated").asSecret();
    public static final Setting<String> API_KEYS_FILE = Setting.string("ingest.api.keys.file", "",
            "File of API keys, one id:source:sha256-of-key per line");
    public static final Setting<Long> MAX_REQUEST_BYTES = Setting.bytes("ingest.max.request.bytes", 16L << 20,
            "Largest request body, after gzip decompression");
    public static final Setting<Long> MAX_RECORD_BYTES = Setting.bytes("ingest.max.record.bytes", 1L << 20,
            "Largest single article record (JSON bytes)");
    public static final Setting<Integer> MAX_RECORDS = Setting.integer("ingest.max.records.per.request", 1000,
            "Most records in one request");
    public static final Setting<Integer> MAX_IN_FLIGHT = Setting.integer("ingest.max.inflight.requests", 256,
            "Requests handled at once; more are answered 503 at once rather than queued");
    public static final Setting<Double> RATE_LIMIT = Setting.decimal("ingest.rate.limit.records.per.second", 5000,
            "Records per second per API key (per client address in open mode); 0 turns the limit off");
    public static final Setting<Integer> RATE_BURST = Setting.integer("ingest.rate.limit.burst", 10000,
            "Records a key may send at once before the rate applies");
    public static final Setting<Duration> PRODUCE_TIMEOUT = Setting.duration("ingest.produce.timeout",
            Duration.ofSeconds(15), "How long Kafka may take to acknowledge a record before the answer is 503");
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = Setting.duration("ingest.shutdown.timeout",
            Duration.ofSeconds(30), "How long shutdown waits for requests in flight");
    public static final Setting<Duration> HEALTH_INTERVAL = Setting.duration("ingest.health.interval",
            Duration.ofSeconds(2), "How often ingest checks that Kafka and the registry answer");
    public static final Setting<String> TOPIC = Setting.string("ingest.topic", NewswireTopics.RAW,
            "Topic raw articles are written to");
    public static final Setting<String> INSTANCE = Setting.string("ingest.instance", "",
            "Name of this instance in each article's arrival record (default: the host name)");

    public static final Setting<String> STREAM_TOPIC = Setting.string("ingest.stream.topic", NewswireTopics.ENRICHED,
            "Topic GET /v1/stream reads");
    public static final Setting<Integer> STREAM_MAX_CLIENTS = Setting.integer("ingest.stream.max.clients", 64,
            "Event streams open at once (each holds a Kafka consumer); more get 503");
    public static final Setting<Integer> STREAM_BUFFER = Setting.integer("ingest.stream.buffer.events", 256,
            "Articles a stream may hold for a slow client before disconnecting it");
    public static final Setting<Duration> STREAM_SLOW_CLIENT_TIMEOUT = Setting.duration(
            "ingest.stream.slow.client.timeout", Duration.ofSeconds(10),
            "How long a stream's buffer may stay full before the client is disconnected as too slow");
    public static final Setting<Duration> STREAM_HEARTBEAT = Setting.duration("ingest.stream.heartbeat",
            Duration.ofSeconds(15), "How often an idle event stream sends a heartbeat comment");

    public static final List<Setting<?>> OWN = List.of(HOST, PORT, AUTH, API_KEYS, API_KEYS_FILE, MAX_REQUEST_BYTES,
            MAX_RECORD_BYTES, MAX_RECORDS, MAX_IN_FLIGHT, RATE_LIMIT, RATE_BURST, PRODUCE_TIMEOUT, SHUTDOWN_TIMEOUT,
            HEALTH_INTERVAL, TOPIC, INSTANCE, STREAM_TOPIC, STREAM_MAX_CLIENTS, STREAM_BUFFER,
            STREAM_SLOW_CLIENT_TIMEOUT, STREAM_HEARTBEAT);

    private IngestSettings() {
    }

    /** Every setting ingest reads. */
    public static List<Setting<?>> all() {
        return ClusterSettings.withServiceSettings(OWN);
    }

    public static Settings load(String... args) {
        return Settings.load(all(), ClusterSettings.PASS_THROUGH, args);
    }
}
