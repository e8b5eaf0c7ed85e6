package io.newswire.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per principal, counted in records. A request is let in while its principal has tokens; its records
 * are then taken, even past zero, and the debt is paid back at the rate before the next request is let in. So a batch
 * is never cut in half, and a key cannot go faster than its rate for long.
 */
public final class RateLimiter {
    private final double ratePerSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Open mode keys buckets by client address: bounded, so a crowd of addresses cannot grow memory. */
    private static final int MAX_TRACKED = 10_000;

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    public RateLimiter(double ratePerSecond, int burst, LongSupplier nanoClock) {
        this.ratePerSecond = ratePerSecond;
        this.burst = Math.max(1, burst);
        this.nanoClock = nanoClock;
    }

    public RateLimiter(double ratePerSecond, int burst) {
        this(ratePerSecond, burst, System::nanoTime);
    }

    public boolean isOff() {
        return ratePerSecond <= 0;
    }

    /** Zero when the principal may send (it has at least one record's worth); otherwise how long it must wait. */
    public Duration admit(String principal) {
        if (isOff()) {
            return Duration.ZERO;
        }
        Bucket bucket = refilled(principal);
        synchronized (bucket) {
            if (bucket.tokens >= 1) {
                return Duration.ZERO;
            }
            double secondsToOneRecord = (1 - bucket.tokens) / ratePerSecond;
            return Duration.ofMillis((long) Math.ceil(secondsToOneRecord * 1000));
        }
    }

    /** Takes the records a request carried. */
    public void consume(String principal, int records) {
        if (isOff() || records <= 0) {
            return;
        }
        Bucket bucket = refilled(principal);
        synchronized (bucket) {
            bucket.tokens -= records;
        }
    }

    private Bucket refilled(String principal) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_TRACKED) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(principal, p -> new Bucket(burst, now));
        synchronized (bucket) {
            double elapsedSeconds = (now - bucket.updatedNanos) / 1e9;
            if (elapsedSeconds > 0) {
                bucket.tokens = Math.min(burst, bucket.tokens + elapsedSeconds * ratePerSecond);
                bucket.updatedNanos = now;
            }
        }
        return bucket;
    }

    /** A bucket that would be full by now carries no state worth keeping. */
    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().updatedNanos) / 1e9 * ratePerSecond >= burst;
            }
        });
    }

    int tracked() {
        return buckets.size();
    }
}
