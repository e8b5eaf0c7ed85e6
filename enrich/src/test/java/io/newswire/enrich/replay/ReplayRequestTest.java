package io.newswire.enrich.replay;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayRequestTest {
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void theReplayIdDependsOnlyOnWhatIsReplayed() {
        ReplayRequest request = new ReplayRequest(FROM, TO, Set.of("b", "a"), Set.of("fr"), false);
        String id = request.replayId(TO);
        assertThat(id).matches("replay-[0-9a-f]{12}");
        assertThat(new ReplayRequest(FROM, TO, Set.of("A", " b"), Set.of("FR"), true).replayId(TO))
                .as("the same selection, written differently, dry run or not").isEqualTo(id);
        assertThat(new ReplayRequest(FROM, TO, Set.of("a"), Set.of("fr"), false).replayId(TO)).isNotEqualTo(id);
        assertThat(request.replayId(TO.plusSeconds(1))).isNotEqualTo(id);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> new ReplayRequest(TO, FROM, Set.of(), Set.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not after --from");
        assertThat(new ReplayRequest(FROM, null, null, null, false).sources()).isEmpty();
    }
}
