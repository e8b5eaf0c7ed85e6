package io.newswire.ingest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(100, 200, now::get);

    @Test
    void aBurstPassesThenTheDebtIsPaidAtTheRate() {
        assertThat(limiter.admit("k")).isZero();
        limiter.consume("k", 500); // a batch is never cut: 300 records of debt

        Duration wait = limiter.admit("k");
        assertThat(wait).isBetween(Duration.ofMillis(3010), Duration.ofMillis(3020));

        now.addAndGet(Duration.ofSeconds(3).plusMillis(20).toNanos());
        assertThat(limiter.admit("k")).isZero();
    }

    @Test
    void keysAreLimitedApart() {
        limiter.consume("a", 1000);
        assertThat(limiter.admit("a")).isPositive();
        assertThat(limiter.admit("b")).isZero();
    }

    @Test
    void zeroRateMeansNoLimit() {
        RateLimiter off = new RateLimiter(0, 10, now::get);
        off.consume("k", 1_000_000);
        assertThat(off.admit("k")).isZero();
    }

    @Test
    void forgetsIdleClientsSoACrowdCannotGrowMemory() {
        for (int i = 0; i < 20_000; i++) {
            limiter.consume("open:10.0." + i, 1);
            now.addAndGet(Duration.ofMillis(20).toNanos());
        }
        assertThat(limiter.tracked()).isLessThanOrEqualTo(10_001);
    }
}
