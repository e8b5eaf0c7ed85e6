package io.newswire.ingest;

import io.newswire.article.ArticleValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API keys, stored hashed: each entry is {@code id:source:sha256-of-key}. Keys are 256 random bits, so a plain
 * SHA-256 is enough (a slow password hash guards guessable secrets, which these are not), and a stolen list of
 * entries lets nobody write.
 */
public final class ApiKeyStore {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9._-]{1,64}):([a-z0-9][a-z0-9._-]{0,63}):(?:sha256:)?([0-9a-fA-F]{64})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_PREFIX = "nwk_";

    private final Map<String, ApiKey> byHash;

    private ApiKeyStore(Map<String, ApiKey> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /** Entries from the inline list (comma-separated) and from the file (one per line, # comments). */
    public static ApiKeyStore load(String inline, String file) {
        Map<String, ApiKey> byHash = new HashMap<>();
        if (inline != null) {
            parse(List.of(inline.split(",")), "ingest.api.keys", byHash);
        }
        if (file != null && !file.isBlank()) {
            try {
                parse(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8), file, byHash);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the API key file " + file, e);
            }
        }
        return new ApiKeyStore(byHash);
    }

    private static void parse(List<String> entries, String where, Map<String, ApiKey> byHash) {
        int line = 0;
        for (String raw : entries) {
            line++;
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            var m = ENTRY.matcher(entry);
            if (!m.matches()) {
                // The entry holds no secret (only a hash), but it is not echoed all the same.
                throw new IllegalArgumentException("API key entry " + line + " in " + where
                        + " is not id:source:sha256-of-key (source a lowercase slug, hash 64 hex digits)");
            }
            ApiKey key = new ApiKey(m.group(1), m.group(2));
            if (!ArticleValidator.SOURCE.matcher(key.source()).matches()) {
                throw new IllegalArgumentException("API key " + key.id() + " names an invalid source");
            }
            if (byHash.put(m.group(3).toLowerCase(Locale.ROOT), key) != null) {
                throw new IllegalArgumentException("API key " + key.id() + " is listed twice");
            }
        }
    }

    public boolean isEmpty() {
        return byHash.isEmpty();
    }

    public int size() {
        return byHash.size();
    }

    /** The key's entry, if the presented secret is one of ours. */
    public Optional<ApiKey> find(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(hash(presented.strip())));
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new key for a source: the secret to hand to the scraper once, and the entry to configure. */
    public record NewKey(String id, String source, String secret, String entry) {
    }

    public static NewKey generate(String id, String source) {
        if (!ArticleValidator.SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("source '" + source + "' is not a lowercase slug");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NewKey(id, source, secret, id + ":" + source + ":" + hash(secret));
    }
}
