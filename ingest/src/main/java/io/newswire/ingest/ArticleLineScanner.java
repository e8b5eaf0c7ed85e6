package io.newswire.ingest;

import io.newswire.article.ArticleDraft;
import io.newswire.article.CleanUtf8Text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path for one record (an NDJSON line, or a body that is one JSON object): reads a plain record in a single
 * pass over its bytes, checking UTF-8 as it goes, and keeps the body as the UTF-8 bytes it came in, so that it
 * reaches Avro without being decoded to a {@code String}, cleaned and encoded again (for 3 KB articles, that round
 * trip and the parser's own passes were most of ingest's cost).
 *
 * <p>"Plain" is what scrapers send: known fields, each once, of the right JSON type; strings with the escapes
 * {@code \n \t \" \\ \/} and {@code \}{@code uXXXX} of ordinary characters; nothing that {@code TextSanitizer} would
 * change; integer ids. Anything else (an unknown or repeated field, a wrong type, another escape, a control
 * character, broken JSON or UTF-8) is not decided here: {@link #scan} returns null and the record goes to the Jackson
 * path, which reads it or says exactly what is wrong. So this class never refuses a record, and on every record it
 * reads it must agree with the Jackson path; {@code ArticleLineScannerTest} checks that on generated records.
 * Stateless and thread-safe.
 */
final class ArticleLineScanner {
    /** A record read on the fast path: its draft, whose body is left out, and the body in its stored form. */
    record Scanned(ArticleDraft draft, CleanUtf8Text body) {
    }

    /** Reads {@code bytes[from, to)} as one plain record, or returns null when the Jackson path must read it. */
    Scanned scan(byte[] bytes, int from, int to) {
        try {
            return new Cursor(bytes, from, to).record();
        } catch (NotPlain e) {
            return null;
        }
    }

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final byte[][] FIELD_NAMES = ArticleJsonReader.FIELDS.stream()
            .map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Thrown, without a stack trace, as soon as the record is not plain. */
    private static final class NotPlain extends RuntimeException {
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not a plain record", null, false, false);
        }
    }

    private static NotPlain notPlain() {
        return NotPlain.INSTANCE;
    }

    /** One record's bytes and a position in them. */
    private static final class Cursor {
        private final byte[] in;
        private final int end;
        private int p;
        // Set by each scanString(): the string's UTF-16 length, whether it is blank, where its escapes are and how many
        // bytes shorter decoding them makes it.
        private int chars;
        private boolean blank;
        private int escapes;
        private int[] escapeAt = new int[16];
        private int escapedBytesSaved;
        // Set by each wordRun(): the UTF-16 length of the bytes it took.
        private int runChars;

        Cursor(byte[] in, int from, int to) {
            this.in = in;
            this.p = from;
            this.end = to;
        }

        Scanned record() {
            ArticleDraft.Builder draft = ArticleDraft.builder();
            CleanUtf8Text body = null;
            int seen = 0;
            whitespace();
            if (opens('{', '}')) {
                do {
                    int field = field();
                    if ((seen & (1 << field)) != 0) {
                        throw notPlain();
                    }
                    seen |= 1 << field;
                    whitespace();
                    expect(':');
                    whitespace();
                    switch (ArticleJsonReader.FIELDS.get(field)) {
                        case "id" -> draft.id(idLike());
                        case "source" -> draft.source(string());
                        case "sourceArticleId" -> draft.sourceArticleId(idLike());
                        case "url" -> draft.url(string());
                        case "canonicalUrl" -> draft.canonicalUrl(string());
                        case "title" -> draft.title(string());
                        case "body" -> body = text();
                        case "html" -> draft.html(string());
                        case "authors" -> draft.authors(strings());
                        case "section" -> draft.section(string());
                        case "publishedAt" -> draft.publishedAt(time());
                        case "fetchedAt" -> draft.fetchedAt(time());
                        case "languageHint" -> draft.languageHint(string());
                        case "sourceTags" -> draft.sourceTags(strings());
                        case "attributes" -> draft.attributes(attributes());
                        default -> throw notPlain(); // a field added to FIELDS but not read here yet
                    }
                } while (continues('}'));
            }
            whitespace();
            if (p != end) {
                throw notPlain();
            }
            return new Scanned(draft.build(), body);
        }

        /** The body: its bytes are kept, copied once out of the request (decoded only where it had escapes). */
        private CleanUtf8Text text() {
            if (!opensString()) {
                return null;
            }
            int from = p;
            int close = scanString();
            return new CleanUtf8Text(escapes == 0 ? Arrays.copyOfRange(in, from, close) : unescape(from, close),
                    chars, blank);
        }

        /** A string field: decoded straight from the request's bytes, without a copy of them first. */
        private String string() {
            if (!opensString()) {
                return null;
            }
            int from = p;
            int close = scanString();
            return escapes == 0 ? new String(in, from, close - from, StandardCharsets.UTF_8)
                    : new String(unescape(from, close), StandardCharsets.UTF_8);
        }

        /** Reads a string's opening quote, or a null (then false). */
        private boolean opensString() {
            if (literal("null")) {
                return false;
            }
            expect('"');
            return true;
        }

        /** A string, or a whole number as written (sources often number their articles). */
        private String idLike() {
            int c = peek();
            if (c == '"' || c == 'n') {
                return string();
            }
            int start = p;
            if (c == '-') {
                p++;
            }
            int digits = p;
            if (peek() == '0') {
                p++;
            } else {
                while (p < end && in[p] >= '0' && in[p] <= '9') {
                    p++;
                }
            }
            int next = p < end ? in[p] : ' ';
            if (p == digits || p - digits > 18 || (next >= '0' && next <= '9') || next == '.' || next == 'e'
                    || next == 'E') {
                throw notPlain();
            }
            return new String(in, start, p - start, StandardCharsets.ISO_8859_1);
        }

        private List<String> strings() {
            if (literal("null")) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            if (opens('[', ']')) {
                do {
                    if (peek() != '"') {
                        throw notPlain();
                    }
                    values.add(string());
                } while (continues(']'));
            }
            return values;
        }

        private Map<String, String> attributes() {
            if (literal("null")) {
                return Map.of();
            }
            Map<String, String> values = new LinkedHashMap<>();
            if (opens('{', '}')) {
                do {
                    String key = name();
                    whitespace();
                    expect(':');
                    whitespace();
                    if (peek() != '"' || values.put(key, string()) != null) {
                        throw notPlain();
                    }
                } while (continues('}'));
            }
            return values;
        }

        private Instant time() {
            if (peek() != '"') {
                if (literal("null")) {
                    return null;
                }
                throw notPlain();
            }
            Instant utc = utcSeconds();
            if (utc != null) {
                return utc;
            }
            try {
                return OffsetDateTime.parse(string().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw notPlain();
            }
        }

        /**
         * The time string at p if it is written {@code "yyyy-MM-ddTHH:mm:ssZ"}, the form nearly every scraper sends,
         * read without a formatter (which costs more than the rest of a record's fields) and moved past; null, p
         * unmoved, for any other form, left to the formatter. Values out of range are not plain: the Jackson path says
         * what is wrong.
         */
        private Instant utcSeconds() {
            int at = p + 1;
            if (at + 21 > end || in[at + 4] != '-' || in[at + 7] != '-' || in[at + 10] != 'T' || in[at + 13] != ':'
                    || in[at + 16] != ':' || in[at + 19] != 'Z' || in[at + 20] != '"') {
                return null;
            }
            int year = digits(at, 4);
            int month = digits(at + 5, 2);
            int day = digits(at + 8, 2);
            int hour = digits(at + 11, 2);
            int minute = digits(at + 14, 2);
            int second = digits(at + 17, 2);
            if ((year | month | day | hour | minute | second) < 0) {
                return null;
            }
            Instant utc;
            try {
                utc = LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw notPlain();
            }
            p = at + 21;
            return utc;
        }

        /** The number written with {@code count} ASCII digits at {@code at}, or -1. */
        private int digits(int at, int count) {
            int value = 0;
            for (int k = at; k < at + count; k++) {
                int digit = in[k] - '0';
                if (digit < 0 || digit > 9) {
                    return -1;
                }
                value = value * 10 + digit;
            }
            return value;
        }

        /**
         * The article field whose name comes next, as its place in {@link ArticleJsonReader#FIELDS}: matched as bytes,
         * without making a string of it. Any other name is not plain.
         */
        private int field() {
            expect('"');
            int start = p;
            while (p < end && in[p] != '"') {
                p++;
            }
            if (p == end) {
                throw notPlain();
            }
            int length = p - start;
            p++;
            for (int f = 0; f < FIELD_NAMES.length; f++) {
                byte[] name = FIELD_NAMES[f];
                if (name.length == length && Arrays.equals(in, start, p - 1, name, 0, length)) {
                    return f;
                }
            }
            throw notPlain();
        }

        /** A field name of plain ASCII, without escapes. */
        private String name() {
            expect('"');
            int start = p;
            while (p < end) {
                int b = in[p];
                if (b == '"') {
                    String name = new String(in, start, p - start, StandardCharsets.ISO_8859_1);
                    p++;
                    return name;
                }
                if (b < 0x20 || b == '\\' || b == 0x7F) {
                    throw notPlain();
                }
                p++;
            }
            throw notPlain();
        }

        /**
         * Checks the string that starts at p, up to its closing quote, and moves past it; returns where the quote
         * is. One pass: UTF-8 well-formed, nothing the sanitiser would change, escapes only of the kinds taken
         * (their places noted for {@link #unescape}); sets {@link #chars} and {@link #blank}.
         */
        private int scanString() {
            int i = p;
            int length = 0;
            boolean white = true;
            escapes = 0;
            escapedBytesSaved = 0;
            while (true) {
                if (!white) {
                    // Once the string is known not to be blank, eight bytes at a time where they hold only plain
                    // ASCII and whole two-byte characters, then tight loops for the rest of such runs.
                    int next = wordRun(i);
                    length += runChars;
                    i = next;
                    int run = i;
                    while (i < end && in[i] >= 0x20 && in[i] != '"' && in[i] != '\\' && in[i] != 0x7F) {
                        i++;
                    }
                    length += i - run;
                    run = i;
                    while (i + 1 < end && (in[i] & 0xFF) >= 0xC3 && (in[i] & 0xFF) <= 0xDF && (in[i + 1] & 0xC0) == 0x80) {
                        i += 2;
                    }
                    length += (i - run) >> 1;
                }
                if (i >= end) {
                    throw notPlain();
                }
                int b = in[i];
                if (b >= 0x20) {
                    if (b == '"') {
                        break;
                    }
                    if (b == '\\') {
                        int code = escaped(i);
                        noteEscape(i, code);
                        white = white && Character.isWhitespace(code);
                        i += in[i + 1] == 'u' ? 6 : 2;
                    } else if (b == 0x7F) {
                        throw notPlain(); // DEL
                    } else {
                        white = white && b == ' ';
                        i++;
                    }
                    length++;
                } else if (b >= 0) {
                    throw notPlain(); // a control character
                } else {
                    int lead = b & 0xFF;
                    int second = i + 1 < end ? in[i + 1] & 0xFF : 0;
                    if (lead >= 0xC2 && lead <= 0xDF && (second & 0xC0) == 0x80) {
                        // Two bytes (Arabic, Persian, Cyrillic, accented Latin...), but no C1 control.
                        if (lead == 0xC2 && second <= 0x9F) {
                            throw notPlain();
                        }
                        white = white && Character.isWhitespace((lead & 0x1F) << 6 | second & 0x3F);
                        i += 2;
                        length++;
                    } else {
                        int n = Utf8Check.sequenceLength(in, i, end);
                        if (n < 3 || (lead == 0xEF && second == 0xBF && (in[i + 2] & 0xFF) >= 0xBE)) {
                            throw notPlain(); // malformed, or U+FFFE / U+FFFF
                        }
                        white = white && Character.isWhitespace(codePoint(i, n));
                        i += n;
                        length += n == 4 ? 2 : 1;
                    }
                }
            }
            p = i + 1;
            chars = length;
            blank = white;
            return i;
        }

        /**
         * Takes, eight bytes at a time from {@code i}, plain ASCII (space to '~' but the quote and the backslash) and
         * whole two-byte characters from U+00C0 to U+07FF; returns where it stopped and sets {@link #runChars} to the
         * UTF-16 length of what it took.
         */
        private int wordRun(int from) {
            int i = from;
            int continuations = 0;
            while (i + 8 <= end) {
                long word = (long) LONGS.get(in, i);
                long high = word & HIGH_BITS;
                if (high == 0) {
                    // ASCII only (most of a Latin-script text): the cheaper test.
                    if ((refusedAscii(word) & HIGH_BITS) != 0) {
                        break;
                    }
                    i += 8;
                } else {
                    long bit6 = (word << 1) & HIGH_BITS;
                    long lead = high & bit6;
                    long continuation = high & ~bit6;
                    // A lead in the last byte is left for the next word, the bytes before it taken (computed without
                    // a branch: in Arabic or Russian text that is the case for every other word).
                    int leftOver = (int) (lead >>> 63);
                    long taken = HIGH_BITS >>> (leftOver << 3);
                    // Every lead is followed by a continuation byte and every continuation byte follows a lead:
                    // checked over all eight bytes, as a lead just before the last one needs a continuation there.
                    if ((refusedTwoByte(word, lead) & taken) != 0 || ((lead << 8 ^ continuation) & HIGH_BITS) != 0) {
                        break;
                    }
                    i += 8 - leftOver;
                    continuations += Long.bitCount(continuation & taken);
                }
            }
            runChars = i - from - continuations;
            return i;
        }

        /**
         * Flags, in a byte's high bit, what may not be in a run of plain ASCII and two-byte characters from U+00C0 to
         * U+07FF: the ASCII bytes {@link #refusedAscii} refuses, leads of three- and four-byte characters, and the
         * leads C0 and C1 (overlong forms) and C2 (C1 controls, Latin-1 punctuation: left to the slower loops).
         */
        private static long refusedTwoByte(long word, long lead) {
            return refusedAscii(word)
                    | (lead & (word << 2))
                    | zeroByte((word & 0xFEFEFEFEFEFEFEFEL) ^ 0xC0C0C0C0C0C0C0C0L)
                    | zeroByte(word ^ 0xC2C2C2C2C2C2C2C2L);
        }

        /**
         * Flags, in a byte's high bit, the ASCII bytes a plain string may not hold as they are: controls, the quote,
         * the backslash, DEL. Other bytes are not flagged, but a flag may spill into the bytes above a flagged one,
         * which does not matter as the word is then refused from there on.
         */
        private static long refusedAscii(long word) {
            return ((word - 0x2020202020202020L) & ~word)
                    | zeroByte(word ^ 0x2222222222222222L) | zeroByte(word ^ 0x5C5C5C5C5C5C5C5CL)
                    | zeroByte(word ^ 0x7F7F7F7F7F7F7F7FL);
        }

        /** Has the high bit of each byte that is zero set (and maybe of others, but only if one is zero). */
        private static long zeroByte(long word) {
            return (word - 0x0101010101010101L) & ~word;
        }

        private void noteEscape(int at, int code) {
            if (escapes == escapeAt.length) {
                escapeAt = Arrays.copyOf(escapeAt, escapes * 2);
            }
            escapeAt[escapes++] = at;
            int written = in[at + 1] == 'u' ? 6 : 2;
            escapedBytesSaved += written - (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);
        }

        /** The string {@code in[from, close)}, checked by {@link #scanString}, with its escapes decoded. */
        private byte[] unescape(int from, int close) {
            byte[] out = new byte[close - from - escapedBytesSaved];
            int o = 0;
            int i = from;
            for (int e = 0; e < escapes; e++) {
                int at = escapeAt[e];
                System.arraycopy(in, i, out, o, at - i);
                o = encode(escaped(at), out, o + at - i);
                i = at + (in[at + 1] == 'u' ? 6 : 2);
            }
            System.arraycopy(in, i, out, o, close - i);
            return out;
        }

        /** The character an escape at {@code i} stands for, if it is one the fast path takes. */
        private int escaped(int i) {
            if (i + 1 >= end) {
                throw notPlain();
            }
            return switch (in[i + 1]) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'u' -> {
                    if (i + 6 > end) {
                        throw notPlain();
                    }
                    int code = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int digit = Character.digit(in[k], 16);
                        if (digit < 0) {
                            throw notPlain();
                        }
                        code = code << 4 | digit;
                    }
                    // Controls, surrogates and U+FFFE/U+FFFF are the sanitiser's: the Jackson path takes them.
                    if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0xD800 && code <= 0xDFFF)
                            || code >= 0xFFFE) {
                        throw notPlain();
                    }
                    yield code;
                }
                default -> throw notPlain();
            };
        }

        private int codePoint(int i, int n) {
            int code = in[i] & (0xFF >> (n + 1));
            for (int k = 1; k < n; k++) {
                code = code << 6 | (in[i + k] & 0x3F);
            }
            return code;
        }

        /** Writes a BMP code point (no surrogates) as UTF-8. */
        private static int encode(int code, byte[] out, int o) {
            if (code < 0x80) {
                out[o++] = (byte) code;
            } else if (code < 0x800) {
                out[o++] = (byte) (0xC0 | code >> 6);
                out[o++] = (byte) (0x80 | code & 0x3F);
            } else {
                out[o++] = (byte) (0xE0 | code >> 12);
                out[o++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | code & 0x3F);
            }
            return o;
        }

        /** Reads the opening bracket; false if the container is empty (its closing bracket read too). */
        private boolean opens(char open, char close) {
            expect(open);
            whitespace();
            if (peek() == close) {
                p++;
                return false;
            }
            return true;
        }

        /** After an element: true if a comma says another follows, false at the closing bracket. */
        private boolean continues(char close) {
            whitespace();
            int next = take();
            if (next == close) {
                return false;
            }
            if (next != ',') {
                throw notPlain();
            }
            whitespace();
            return true;
        }

        private boolean literal(String word) {
            int n = word.length();
            if (p + n > end) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (in[p + k] != word.charAt(k)) {
                    return false;
                }
            }
            p += n;
            return true;
        }

        private void whitespace() {
            while (p < end && (in[p] == ' ' || in[p] == '\t' || in[p] == '\r' || in[p] == '\n')) {
                p++;
            }
        }

        private int peek() {
            return p < end ? in[p] : -1;
        }

        private int take() {
            if (p >= end) {
                throw notPlain();
            }
            return in[p++];
        }

        private void expect(char c) {
            if (take() != c) {
                throw notPlain();
            }
        }
    }
}
