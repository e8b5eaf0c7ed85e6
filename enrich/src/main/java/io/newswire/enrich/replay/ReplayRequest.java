package io.newswire.enrich.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What to replay: the raw articles Kafka accepted in {@code [from, to)}, optionally only some sources and languages.
 *
 * @param from      first instant, inclusive
 * @param to        end, exclusive; null for "when the job starts"
 * @param sources   source slugs; empty for every source
 * @param languages ISO 639-1 codes as the current enricher detects them; empty for every language
 * @param dryRun    only count what would be replayed
 */
public record ReplayRequest(Instant from, Instant to, Set<String> sources, Set<String> languages, boolean dryRun) {

    public ReplayRequest {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("The replay range is empty: --to " + to + " is not after --from " + from);
        }
        sources = lowercase(sources);
        languages = lowercase(languages);
    }

    /**
     * The id written into every replayed record. It depends only on the request (with its end resolved), so running
     * the same replay twice writes the same records: the enriched topic ends the same.
     */
    public String replayId(Instant resolvedTo) {
        String canonical = from.toEpochMilli() + "|" + resolvedTo.toEpochMilli() + "|" + String.join(",", new TreeSet<>(sources))
                + "|" + String.join(",", new TreeSet<>(languages));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "replay-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Set<String> lowercase(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
