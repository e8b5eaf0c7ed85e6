package io.newswire.enrich;

import java.util.function.Supplier;

/** Measures how long each enrichment stage takes (metrics in the application, per-stage costs in the benchmark). */
@FunctionalInterface
public interface StageTimer {
    StageTimer NONE = new StageTimer() {
        @Override
        public <T> T time(String stage, Supplier<T> work) {
            return work.get();
        }
    };

    <T> T time(String stage, Supplier<T> work);
}
