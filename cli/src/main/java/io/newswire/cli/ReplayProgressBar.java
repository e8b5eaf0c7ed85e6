package io.newswire.cli;

import io.newswire.enrich.replay.ReplayProgress;
import io.newswire.enrich.replay.ReplayStatus;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows a replay's progress on standard error: on a terminal, one bar redrawn in place; otherwise (a log, CI) a line
 * every few seconds. Done over total is records of the range read and handed to enrich while copying, then records
 * enrich has finished while waiting for it; the time left comes from the rate so far.
 */
final class ReplayProgressBar implements ReplayProgress {
    private static final int WIDTH = 30;
    private static final Duration LINE_INTERVAL = Duration.ofSeconds(5);

    private final PrintStream err;
    private final boolean terminal;
    private final Clock clock;
    private final Instant started;
    private Instant phaseStarted;
    private ReplayStatus.Phase phase;
    private Instant lastLine = Instant.EPOCH;
    private boolean drawn;

    ReplayProgressBar(PrintStream err, boolean terminal, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.instant();
        this.phaseStarted = started;
    }

    @Override
    public void update(ReplayStatus status) {
        Instant now = clock.instant();
        if (status.phase() != phase) {
            if (phase != null && terminal && drawn) {
                err.println();
            }
            phase = status.phase();
            phaseStarted = now;
        }
        if (status.phase() == ReplayStatus.Phase.DONE) {
            return;
        }
        String line = line(status, Duration.between(phaseStarted, now));
        if (terminal) {
            err.print("\r" + line + "   ");
            err.flush();
            drawn = true;
        } else if (Duration.between(lastLine, now).compareTo(LINE_INTERVAL) >= 0) {
            err.println(line);
            lastLine = now;
        }
    }

    void finish() {
        if (terminal && drawn) {
            err.println();
        }
    }

    static String line(ReplayStatus status, Duration elapsed) {
        boolean copying = status.phase() == ReplayStatus.Phase.COPYING;
        long done = copying ? status.scanned() : status.enriched();
        long total = copying ? status.inRange() : status.copied();
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String left = done == 0 || fraction >= 1 ? "" : "  " + duration(Duration.ofMillis(
                (long) (elapsed.toMillis() * (total - done) / (double) done))) + " left";
        return String.format(Locale.ROOT, "%s [%s%s] %,d/%,d %3.0f%%%s  (selected %,d, copied %,d, re-enriched %,d)",
                copying ? "replay" : "enrich", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                fraction * 100, left, status.selected(), status.copied(), status.enriched());
    }

    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
