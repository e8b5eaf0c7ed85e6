package io.newswire.client.subscribe;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeSpecTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void wordsNameTheEnds() {
        assertThat(TimeSpec.startPosition("beginning", CLOCK)).isEqualTo(StartPosition.BEGINNING);
        assertThat(TimeSpec.startPosition("Earliest", CLOCK)).isEqualTo(StartPosition.BEGINNING);
        assertThat(TimeSpec.startPosition(" now ", CLOCK)).isEqualTo(StartPosition.NOW);
    }

    @Test
    void timesDatesAndDurationsAgo() {
        assertThat(TimeSpec.instant("2026-11-29T08:00:00Z", CLOCK)).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(TimeSpec.instant("2026-11-29T09:00:00+01:00", CLOCK)).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(TimeSpec.instant("2026-11-28", CLOCK)).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(TimeSpec.instant("90m", CLOCK)).isEqualTo(NOW.minusSeconds(90 * 60));
        assertThat(TimeSpec.instant("2h", CLOCK)).isEqualTo(NOW.minusSeconds(7200));
        assertThat(TimeSpec.instant("3d", CLOCK)).isEqualTo(NOW.minusSeconds(3 * 86400));
        assertThat(TimeSpec.startPosition("30s", CLOCK)).isEqualTo(StartPosition.at(NOW.minusSeconds(30)));
    }

    @Test
    void anythingElseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> TimeSpec.instant("yesterday", CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday' is not a time").hasMessageContaining("2h");
    }
}
