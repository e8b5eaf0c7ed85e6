package io.newswire.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides who a request is. In keys mode every request must carry a known key ({@code Authorization: Bearer <key>}
 * or {@code X-API-Key: <key>}), and the key decides the source. Open mode takes none, and is allowed only on a
 * loopback address: it exists for running Newswire on one's own machine.
 */
public final class Authenticator {
    public enum Mode { KEYS, OPEN }

    /** The outcome: a key, open access, or why the request is refused. */
    public sealed interface Identity {
        /** What metrics, logs and the rate limit call this caller; never a secret. */
        String principal();
    }

    public record Keyed(ApiKey key) implements Identity {
        @Override
        public String principal() {
            return "key:" + key.id();
        }
    }

    public record Anonymous(String remoteAddress) implements Identity {
        @Override
        public String principal() {
            return "open:" + remoteAddress;
        }
    }

    public record Refused(boolean keyPresented) implements Identity {
        @Override
        public String principal() {
            return "refused";
        }
    }

    private final Mode mode;
    private final ApiKeyStore keys;

    public Authenticator(Mode mode, ApiKeyStore keys) {
        this.mode = mode;
        this.keys = keys;
    }

    /** Chooses the mode from the setting: auto means keys when any are configured, else open on loopback. */
    public static Authenticator configure(String setting, ApiKeyStore keys, boolean loopbackOnly) {
        Mode mode = switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "keys" -> Mode.KEYS;
            case "open" -> Mode.OPEN;
            case "auto" -> keys.isEmpty() ? Mode.OPEN : Mode.KEYS;
            default -> throw new IllegalArgumentException("ingest.auth must be keys, open or auto, not '" + setting + "'");
        };
        if (mode == Mode.KEYS && keys.isEmpty()) {
            throw new IllegalArgumentException("ingest.auth=keys but no API key is configured: set "
                    + "NEWSWIRE_INGEST_API_KEYS or NEWSWIRE_INGEST_API_KEYS_FILE (newswire keys create makes one)");
        }
        if (mode == Mode.OPEN && !loopbackOnly) {
            throw new IllegalArgumentException("Open mode (no API keys) is for a loopback address only: configure API "
                    + "keys (NEWSWIRE_INGEST_API_KEYS) or listen on 127.0.0.1");
        }
        return new Authenticator(mode, keys);
    }

    public Mode mode() {
        return mode;
    }

    public Identity identify(String authorizationHeader, String apiKeyHeader, String remoteAddress) {
        if (mode == Mode.OPEN) {
            return new Anonymous(remoteAddress);
        }
        Optional<String> presented = presentedKey(authorizationHeader, apiKeyHeader);
        if (presented.isEmpty()) {
            return new Refused(false);
        }
        return keys.find(presented.get()).<Identity>map(Keyed::new).orElse(new Refused(true));
    }

    private static Optional<String> presentedKey(String authorization, String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey.strip());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }
}
