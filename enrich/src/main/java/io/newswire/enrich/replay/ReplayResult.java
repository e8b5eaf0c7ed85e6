package io.newswire.enrich.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * What a replay did.
 *
 * @param replayId   the id written into every replayed record (and so into the enriched records it produced)
 * @param from       range start, inclusive
 * @param to         range end, exclusive
 * @param inRange    raw records in the range
 * @param selected   records that matched the filters (what a dry run counts)
 * @param unreadable records of the range that are not readable articles: they went to the dead-letter topic when
 *                   they first arrived, and are not replayed
 * @param copied     records written to the replay topic
 * @param enriched   of those, how many enrich has consumed and committed
 * @param dryRun     whether this only counted
 * @param took       how long it ran
 */
public record ReplayResult(String replayId, Instant from, Instant to, long inRange, long selected, long unreadable,
                           long copied, long enriched, boolean dryRun, Duration took) {

    /** Copied records enrich has not consumed yet (it was stopped, or the wait was skipped): they will be. */
    public long pending() {
        return copied - enriched;
    }
}
