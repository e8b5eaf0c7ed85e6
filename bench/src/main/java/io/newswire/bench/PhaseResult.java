package io.newswire.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Locale;

/**
 * What one timed phase achieved.
 *
 * @param articles  articles acknowledged as stored
 * @param bytes     their payload bytes (the article JSON)
 * @param failures  requests or records that were not stored
 * @param latencyMicros per request (HTTP) or per record (bare producer), in microseconds
 * @param cpu       CPU time of the whole process (broker, registry, ingest and load generator) during the phase; the
 *                  steadier figure on a shared machine, where wall-clock throughput moves with the neighbours
 */
record PhaseResult(String name, long articles, long bytes, long failures, Duration elapsed, Histogram latencyMicros,
                   Duration cpu) {

    PhaseResult(String name, long articles, long bytes, long failures, Duration elapsed, Histogram latencyMicros) {
        this(name, articles, bytes, failures, elapsed, latencyMicros, Duration.ZERO);
    }

    PhaseResult withCpu(Duration used) {
        return new PhaseResult(name, articles, bytes, failures, elapsed, latencyMicros, used);
    }

    /** CPU time of the process per stored article, in microseconds. */
    double cpuMicrosPerArticle() {
        return articles == 0 ? Double.NaN : cpu.toNanos() / 1000.0 / articles;
    }

    double articlesPerSecond() {
        return articles / (elapsed.toNanos() / 1e9);
    }

    double megabytesPerSecond() {
        return bytes / (elapsed.toNanos() / 1e9) / (1024 * 1024);
    }

    double p50Millis() {
        return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
        return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    String row() {
        return String.format(Locale.ROOT, "%-34s %10.0f %9.1f %9.2f %9.2f %8d %11.1f", name, articlesPerSecond(),
                megabytesPerSecond(), p50Millis(), p99Millis(), failures, cpuMicrosPerArticle());
    }

    static String header() {
        return String.format(Locale.ROOT, "%-34s %10s %9s %9s %9s %8s %11s", "phase", "articles/s", "MB/s", "p50 ms",
                "p99 ms", "failed", "CPU µs/art");
    }
}
