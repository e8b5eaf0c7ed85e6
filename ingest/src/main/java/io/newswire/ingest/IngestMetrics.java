package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.article.Violation;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Ingest's meters, in Prometheus as {@code newswire_ingest_requests_total{status}},
 * {@code newswire_ingest_records_total{source,outcome,reason}}, {@code newswire_ingest_produce_latency_seconds} and
 * {@code newswire_ingest_request_duration_seconds}.
 */
final class IngestMetrics {
    /** In open mode sources are whatever clients write: beyond this many, they are counted as "other". */
    private static final int MAX_SOURCES = 200;

    private final MeterRegistry registry;
    private final Timer produceLatency;
    private final Timer requestDuration;
    private final Set<String> sources = ConcurrentHashMap.newKeySet();
    // Counters are looked up once per tag combination: registering per record costs more than the record.
    private final Map<Integer, Counter> requests = new ConcurrentHashMap<>();
    private final Map<RecordKey, Counter> records = new ConcurrentHashMap<>();

    private record RecordKey(String source, String outcome, String reason) {
    }

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.produceLatency = Timer.builder("newswire.ingest.produce.latency")
                .description("From send to Kafka's acks=all acknowledgement, per record")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        this.requestDuration = Timer.builder("newswire.ingest.request.duration")
                .description("Time to answer a request")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    void request(int status, long nanos) {
        requests.computeIfAbsent(status, s -> Counter.builder("newswire.ingest.requests")
                .description("HTTP requests by status").tag("status", Integer.toString(s)).register(registry))
                .increment();
        requestDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    void record(String source, RecordResult result) {
        String outcome;
        String reason;
        switch (result) {
            case RecordResult.Stored stored -> {
                outcome = "stored";
                reason = "none";
            }
            case RecordResult.Refused refused -> {
                outcome = "refused";
                reason = refused.violations().stream().findFirst().map(Violation::reason).map(r -> r.code()).orElse("unknown");
            }
            case RecordResult.Failed failed -> {
                outcome = "failed";
                reason = IngestOutcome.UNAVAILABLE;
            }
        }
        records.computeIfAbsent(new RecordKey(boundedSource(source), outcome, reason), key ->
                Counter.builder("newswire.ingest.records").description("Records by source, outcome and reason")
                        .tag("source", key.source()).tag("outcome", key.outcome()).tag("reason", key.reason())
                        .register(registry)).increment();
    }

    void produceLatency(long nanos) {
        produceLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    private String boundedSource(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        if (sources.contains(source)) {
            return source;
        }
        if (sources.size() < MAX_SOURCES && source.length() <= 64) {
            sources.add(source);
            return source;
        }
        return "other";
    }
}
