package io.newswire.ingest;

import java.io.IOException;

/**
 * Checks bytes, in as many pieces as they come, for well-formed UTF-8 (RFC 3629) without NUL bytes. The JSON parser
 * decodes some malformed sequences instead of refusing them (an overlong {@code C0 AF} becomes {@code /}, and a
 * UTF-16 body is quietly re-detected), so the bytes are checked before it sees them: what is stored is exactly what
 * the scraper sent. JSON text never holds a NUL byte, which also catches UTF-16 and UTF-32 bodies.
 */
final class Utf8Check {
    /** The bytes are not what they must be; reported as {@code invalid_utf8}. */
    static final class InvalidUtf8Exception extends IOException {
        InvalidUtf8Exception(String message) {
            super(message);
        }
    }

    private int pending;          // continuation bytes still expected in the current character
    private int lowest = 0x80;    // bounds of the next continuation byte: tighter after E0, ED, F0, F4
    private int highest = 0xBF;
    private long offset;

    /** Checks {@code bytes[from, to)}, which follow the bytes checked before. */
    void update(byte[] bytes, int from, int to) throws InvalidUtf8Exception {
        int i = from;
        while (i < to) {
            if (pending == 0) {
                // Runs of ASCII (JSON's structure, Latin text) and of two-byte characters (Arabic, Cyrillic, Greek,
                // Hebrew...) are checked in tight loops; everything else goes through the state machine.
                int start = i;
                while (i < to && bytes[i] > 0) {
                    i++;
                }
                while (i + 1 < to && (bytes[i] & 0xE0) == 0xC0 && (bytes[i] & 0xFF) >= 0xC2
                        && (bytes[i + 1] & 0xC0) == 0x80) {
                    i += 2;
                }
                offset += i - start;
                if (i == start && i < to) {
                    update(bytes[i++]);
                }
            } else {
                update(bytes[i++]);
            }
        }
    }

    void update(byte signed) throws InvalidUtf8Exception {
        int b = signed & 0xFF;
        if (pending > 0) {
            if (b < lowest || b > highest) {
                throw invalid(b, "is not the continuation of the character before it");
            }
            pending--;
            lowest = 0x80;
            highest = 0xBF;
        } else if (b == 0) {
            throw new InvalidUtf8Exception("not valid UTF-8 JSON: a NUL byte at byte " + offset
                    + " (JSON text never holds one; is the body UTF-16?)");
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    /** The bytes ended: they must not end inside a character. */
    void finish() throws InvalidUtf8Exception {
        if (pending > 0) {
            throw new InvalidUtf8Exception("not valid UTF-8: the bytes end inside a character, at byte " + offset);
        }
    }

    /**
     * The length (2 to 4) of the well-formed multi-byte character that starts at {@code bytes[i]}, or -1 if there is
     * none there (by the same rules as the checker: no overlong forms, no surrogates, nothing above U+10FFFF).
     */
    static int sequenceLength(byte[] bytes, int i, int end) {
        int b = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > end) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    private void start(int b) throws InvalidUtf8Exception {
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF); // no overlong three-byte forms
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F); // no surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF); // no overlong four-byte forms
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F); // nothing above U+10FFFF
        } else {
            throw invalid(b, b == 0xC0 || b == 0xC1 ? "starts an overlong encoding" : "cannot start a character");
        }
    }

    private void expect(int continuations, int low, int high) {
        pending = continuations;
        lowest = low;
        highest = high;
    }

    private InvalidUtf8Exception invalid(int b, String why) {
        return new InvalidUtf8Exception(String.format("not valid UTF-8: byte 0x%02X at byte %d %s", b, offset, why));
    }
}
