package io.newswire.enrich.replay;

/** Told how a replay advances, a few times a second at most, and once more at each phase's end. */
@FunctionalInterface
public interface ReplayProgress {
    ReplayProgress SILENT = status -> {
    };

    void update(ReplayStatus status);
}
