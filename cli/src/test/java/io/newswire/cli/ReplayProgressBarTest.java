package io.newswire.cli;

import io.newswire.enrich.replay.ReplayStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressBarTest {

    @Test
    void copyingShowsRecordsReadOfTheRangeAndTheTimeLeft() {
        String line = ReplayProgressBar.line(new ReplayStatus(ReplayStatus.Phase.COPYING, 1000, 250, 240, 200, 150),
                Duration.ofSeconds(10));
        assertThat(line).startsWith("replay [########                      ] 250/1,000  25%  30s left")
                .endsWith("(selected 240, copied 200, re-enriched 150)");
    }

    @Test
    void waitingShowsWhatEnrichHasFinishedOfWhatWasCopied() {
        String line = ReplayProgressBar.line(new ReplayStatus(ReplayStatus.Phase.WAITING_FOR_ENRICH, 1000, 1000, 900,
                900, 900), Duration.ofMinutes(3));
        assertThat(line).contains("900/900 100%").doesNotContain("left");
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(ReplayProgressBar.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(ReplayProgressBar.duration(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(ReplayProgressBar.duration(Duration.ofMinutes(135))).isEqualTo("2h15m");
    }

    @Test
    void withoutATerminalItPrintsALineNowAndThen() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ReplayProgressBar bar = new ReplayProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), false,
                Clock.systemUTC());
        bar.update(new ReplayStatus(ReplayStatus.Phase.COPYING, 10, 5, 5, 5, 0));
        bar.update(new ReplayStatus(ReplayStatus.Phase.COPYING, 10, 6, 6, 6, 0));
        bar.finish();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\r").hasLineCount(1).contains("5/10");
    }
}
