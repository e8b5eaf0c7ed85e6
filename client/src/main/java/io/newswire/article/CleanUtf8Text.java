package io.newswire.article;

import java.nio.charset.StandardCharsets;

/**
 * Article text already in the form it is stored in: well-formed UTF-8 that {@link TextSanitizer#text} would leave
 * as it is, with its length in UTF-16 chars (what the size limits count) and whether it is blank. Lets ingest carry a
 * body from the request's bytes to the Avro record without decoding it to a {@code String} and encoding it again,
 * which is most of what a large body costs. Whoever makes one vouches for those properties; the bytes are not copied.
 */
public final class CleanUtf8Text {
    private final byte[] utf8;
    private final int chars;
    private final boolean blank;

    public CleanUtf8Text(byte[] utf8, int chars, boolean blank) {
        this.utf8 = utf8;
        this.chars = chars;
        this.blank = blank;
    }

    /** The UTF-8 bytes; not a copy. */
    public byte[] utf8() {
        return utf8;
    }

    /** Length in UTF-16 chars, as {@link String#length()} would give. */
    public int length() {
        return chars;
    }

    /** As {@link String#isBlank()} would say. */
    public boolean isBlank() {
        return blank;
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
