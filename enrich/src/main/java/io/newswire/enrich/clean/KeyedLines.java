package io.newswire.enrich.clean;

import java.util.List;

/**
 * An article's lines, each with its {@link FurnitureKey}, computed when first asked for: the cleaner may ask for the
 * key of one line up to four times (furniture anywhere, furniture at the edges, link-list heading, the title's line),
 * and most lines, too long to be furniture, never need one.
 */
final class KeyedLines {
    private final List<String> lines;
    private final String[] keys;

    KeyedLines(List<String> lines) {
        this.lines = lines;
        this.keys = new String[lines.size()];
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    /** The line's {@link FurnitureKey}. */
    String key(int index) {
        String key = keys[index];
        if (key == null) {
            key = FurnitureKey.of(lines.get(index));
            keys[index] = key;
        }
        return key;
    }
}
