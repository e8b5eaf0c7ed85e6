package io.newswire.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configuration setting: its key (for files and flags), the environment variable derived from it, its default,
 * how to read it, and whether its value is a secret that logs must never show.
 *
 * <p>Key {@code ingest.port} is environment variable {@code NEWSWIRE_INGEST_PORT} and flag {@code --ingest.port}.
 */
public record Setting<T>(String key, T defaultValue, Function<String, T> parser, String description, boolean secret) {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?");

    public Setting {
        Objects.requireNonNull(key);
        Objects.requireNonNull(parser);
    }

    /** The environment variable that sets it: {@code NEWSWIRE_} and the key in capitals, dots as underscores. */
    public String env() {
        return environmentName(key);
    }

    public static String environmentName(String key) {
        return "NEWSWIRE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Setting<T> asSecret() {
        return new Setting<>(key, defaultValue, parser, description, true);
    }

    public static Setting<String> string(String key, String defaultValue, String description) {
        return new Setting<>(key, defaultValue, String::trim, description, false);
    }

    public static Setting<Integer> integer(String key, int defaultValue, String description) {
        return new Setting<>(key, defaultValue, value -> {
            try {
                return Integer.parseInt(value.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number");
            }
        }, description, false);
    }

    public static Setting<Double> decimal(String key, double defaultValue, String description) {
        return new Setting<>(key, defaultValue, value -> {
            try {
                return Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number");
            }
        }, description, false);
    }

    public static Setting<Boolean> bool(String key, boolean defaultValue, String description) {
        return new Setting<>(key, defaultValue, value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        }, description, false);
    }

    /** A duration written {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 7d} (no unit: milliseconds). */
    public static Setting<Duration> duration(String key, Duration defaultValue, String description) {
        return new Setting<>(key, defaultValue, Setting::parseDuration, description, false);
    }

    /** A size in bytes written {@code 512}, {@code 64KiB}, {@code 1MiB}, {@code 2GB} (K, M, G are powers of 1024). */
    public static Setting<Long> bytes(String key, long defaultValue, String description) {
        return new Setting<>(key, defaultValue, Setting::parseBytes, description, false);
    }

    static Duration parseDuration(String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration like 500ms, 10s, 5m, 1h or 7d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofMillis(amount);
        };
    }

    static long parseBytes(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size like 512, 64KiB, 1MiB or 2GiB");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit.charAt(0)) {
            case 'k' -> amount * 1024;
            case 'm' -> amount * 1024 * 1024;
            case 'g' -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }

    /** The default as written in documentation. */
    public String defaultText() {
        return text(defaultValue);
    }

    /** A value as a person would write it in a setting: durations as 15s or 500ms, not PT15S. */
    public static String text(Object value) {
        if (value instanceof Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
        return value == null ? "" : value.toString();
    }
}
