package io.newswire.ingest;

import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;

import java.util.List;
import java.util.Optional;

/**
 * The answer to one request: a result for every record read, and what stopped the reading early, if anything.
 *
 * @param results     in record order
 * @param bodyProblem the body could not be read past some point (broken JSON)
 * @param tooLarge    the request went past a size or count limit; records after that point were not read
 */
record IngestOutcome(List<RecordResult> results, Optional<Violation> bodyProblem, Optional<String> tooLarge) {
    static final String UNAVAILABLE = "unavailable";

    long stored() {
        return results.stream().filter(RecordResult.Stored.class::isInstance).count();
    }

    long refused() {
        return results.stream().filter(RecordResult.Refused.class::isInstance).count();
    }

    long failed() {
        return results.stream().filter(RecordResult.Failed.class::isInstance).count();
    }

    /**
     * 202 when every record was stored; 207 when some were; otherwise the reason none was: 413 (too large), 503
     * (Kafka did not take them: retry), 400 (unreadable body, or no records), 403 (only sources the key may not
     * write as), 422 (every record broke a rule).
     */
    int status() {
        if (tooLarge.isPresent()) {
            return 413;
        }
        long stored = stored();
        if (results.isEmpty()) {
            return 400;
        }
        if (stored == results.size() && bodyProblem.isEmpty()) {
            return 202;
        }
        if (stored > 0) {
            return 207;
        }
        if (failed() > 0) {
            return 503;
        }
        if (bodyProblem.isPresent()) {
            return 400;
        }
        boolean onlyForbiddenSources = results.stream().allMatch(r -> r instanceof RecordResult.Refused refused
                && refused.violations().stream().allMatch(v -> v.reason() == RefusalReason.SOURCE_NOT_ALLOWED));
        return onlyForbiddenSources ? 403 : 422;
    }

    /** The request-level error to report beside the per-record results, if any. */
    Optional<Violation> requestError() {
        if (tooLarge.isPresent()) {
            return Optional.of(new Violation(RefusalReason.RECORD_TOO_LARGE, null, tooLarge.get()));
        }
        if (bodyProblem.isPresent()) {
            return bodyProblem;
        }
        if (results.isEmpty()) {
            return Optional.of(new Violation(RefusalReason.INVALID_JSON, null, "the request holds no records"));
        }
        return Optional.empty();
    }
}
