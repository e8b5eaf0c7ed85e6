package io.newswire.bench;

import io.newswire.enrich.language.LanguageDetector;

import java.time.Duration;
import java.util.List;

/**
 * Texts a detector handles per second on one calling thread, after a warm-up, and per CPU-second of the whole
 * process: the second is the figure per core, since a detector may hand work to other threads (Lingua runs each
 * text's n-gram lengths on the common fork-join pool).
 *
 * @param texts        texts detected in the timed part
 * @param elapsed      its wall-clock time
 * @param cpuNanos     CPU time the whole process spent meanwhile
 * @param averageChars average length of the texts
 */
record DetectorThroughput(long texts, Duration elapsed, long cpuNanos, double averageChars) {
    /** Where the answers go, so the JIT cannot drop the detections. */
    private static volatile int sink;

    static DetectorThroughput measure(LanguageDetector detector, List<LanguageTestSets.LabelledText> texts,
                                      Duration warmUp, Duration timed) {
        run(detector, texts, warmUp.toNanos());
        long cpuBefore = ProcessCpu.nanos();
        long start = System.nanoTime();
        long count = run(detector, texts, timed.toNanos());
        long elapsed = System.nanoTime() - start;
        long cpu = ProcessCpu.nanos() - cpuBefore;
        double averageChars = texts.stream().mapToInt(LanguageTestSets.LabelledText::length).average().orElse(0);
        return new DetectorThroughput(count, Duration.ofNanos(elapsed), cpu, averageChars);
    }

    /** Detects texts round-robin for the given time; returns how many. */
    private static long run(LanguageDetector detector, List<LanguageTestSets.LabelledText> texts, long nanos) {
        long end = System.nanoTime() + nanos;
        long count = 0;
        int next = 0;
        int checksum = 0;
        while (System.nanoTime() < end) {
            // A batch between clock reads keeps the clock's cost out of fast detectors' figures.
            for (int i = 0; i < 16; i++) {
                LanguageTestSets.LabelledText text = texts.get(next);
                checksum += detector.detect(text.title(), text.body()).code().length();
                next = next + 1 == texts.size() ? 0 : next + 1;
                count++;
            }
        }
        sink = checksum;
        return count;
    }

    double perSecond() {
        return texts / (elapsed.toNanos() / 1e9);
    }

    double perCpuSecond() {
        return cpuNanos == 0 ? perSecond() : texts / (cpuNanos / 1e9);
    }

    /** CPU-seconds per wall-second: 1 when the work stays on the calling thread. */
    double coresUsed() {
        return cpuNanos / (double) elapsed.toNanos();
    }
}
