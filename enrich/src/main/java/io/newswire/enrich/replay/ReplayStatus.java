package io.newswire.enrich.replay;

/**
 * Where a replay stands.
 *
 * @param phase    copying the range, or waiting for enrich to finish what was copied
 * @param inRange  raw records in the range
 * @param scanned  raw records of the range read so far
 * @param selected records that matched the sources and languages asked for
 * @param copied   records written to the replay topic (and acknowledged)
 * @param enriched copied records enrich has consumed and committed
 */
public record ReplayStatus(Phase phase, long inRange, long scanned, long selected, long copied, long enriched) {

    public enum Phase { COPYING, WAITING_FOR_ENRICH, DONE }
}
