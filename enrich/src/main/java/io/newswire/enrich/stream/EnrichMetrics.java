package io.newswire.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.StageTimer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Enrich's own meters, in Prometheus as {@code newswire_enrich_records_total{outcome}} (enriched, repush_skipped,
 * near_duplicate, dead_letter) and {@code newswire_enrich_stage_seconds{stage}} (time spent per stage).
 */
public final class EnrichMetrics implements StageTimer {
    private final MeterRegistry registry;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Timer> stages = new ConcurrentHashMap<>();

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters that go nowhere, for tests and tools. */
    public static EnrichMetrics discarding() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    void outcome(String outcome) {
        outcomes.computeIfAbsent(outcome, o -> Counter.builder("newswire.enrich.records")
                .description("Records by what became of them").tag("outcome", o).register(registry)).increment();
    }

    @Override
    public <T> T time(String stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.computeIfAbsent(stage, s -> Timer.builder("newswire.enrich.stage")
                            .description("Time spent in each enrichment stage").tag("stage", s)
                            .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                            .publishPercentileHistogram().register(registry))
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
