package io.newswire.ingest;

import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;
import io.newswire.client.Publication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IngestOutcomeTest {
    private static final RecordResult STORED = new RecordResult.Stored(0, new Publication("a", "t", 0, 1, java.time.Instant.EPOCH));
    private static final RecordResult INVALID = new RecordResult.Refused(1,
            List.of(new Violation(RefusalReason.INVALID_URL, "url", "bad")));
    private static final RecordResult FORBIDDEN = new RecordResult.Refused(2,
            List.of(new Violation(RefusalReason.SOURCE_NOT_ALLOWED, "source", "no")));
    private static final RecordResult FAILED = new RecordResult.Failed(3, "b", "Kafka down");

    private static int status(List<RecordResult> results) {
        return new IngestOutcome(results, Optional.empty(), Optional.empty()).status();
    }

    @Test
    void answersByWhatBecameOfTheRecords() {
        assertThat(status(List.of(STORED, STORED))).isEqualTo(202);
        assertThat(status(List.of(STORED, INVALID))).isEqualTo(207);
        assertThat(status(List.of(STORED, FAILED))).isEqualTo(207);
        assertThat(status(List.of(INVALID, FORBIDDEN))).isEqualTo(422);
        assertThat(status(List.of(FORBIDDEN, FORBIDDEN))).isEqualTo(403);
        assertThat(status(List.of(INVALID, FAILED))).isEqualTo(503);
        assertThat(status(List.of())).isEqualTo(400);
    }

    @Test
    void requestLevelProblemsWin() {
        Violation broken = new Violation(RefusalReason.INVALID_JSON, null, "broken");
        assertThat(new IngestOutcome(List.of(INVALID), Optional.of(broken), Optional.empty()).status()).isEqualTo(400);
        assertThat(new IngestOutcome(List.of(STORED), Optional.of(broken), Optional.empty()).status()).isEqualTo(207);
        assertThat(new IngestOutcome(List.of(STORED), Optional.empty(), Optional.of("too many")).status()).isEqualTo(413);
    }

    @Test
    void neverSays202WhenARecordWasNotStored() {
        for (List<RecordResult> results : List.of(List.of(FAILED), List.of(STORED, FAILED), List.of(INVALID))) {
            assertThat(status(results)).isNotEqualTo(202);
        }
    }
}
