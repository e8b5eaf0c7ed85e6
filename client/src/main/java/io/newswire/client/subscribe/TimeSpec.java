package io.newswire.client.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start positions as people write them: {@code beginning}, {@code now}, an ISO-8601 time
 * ({@code 2026-11-29T08:00:00Z}), a date ({@code 2026-11-29}, midnight UTC), or a duration ago ({@code 90m},
 * {@code 2h}, {@code 3d}).
 */
public final class TimeSpec {
    private static final Pattern AGO = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private TimeSpec() {
    }

    public static StartPosition startPosition(String spec, Clock clock) {
        String value = spec.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "beginning", "earliest" -> StartPosition.BEGINNING;
            case "now", "latest", "end" -> StartPosition.NOW;
            default -> StartPosition.at(instant(spec, clock));
        };
    }

    public static Instant instant(String spec, Clock clock) {
        String value = spec.trim();
        Matcher ago = AGO.matcher(value.toLowerCase(Locale.ROOT));
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration duration = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return clock.instant().minus(duration);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("'" + spec + "' is not a time: write beginning, now, an ISO-8601 "
                        + "time such as 2026-11-29T08:00:00Z, a date such as 2026-11-29, or a duration ago such as 2h");
            }
        }
    }
}
