package io.newswire.enrich.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One of the gazetteer's tables, a tab-separated text file beside these classes; "#" starts a comment line. */
record GazetteerResource(String name, String content) {

    static GazetteerResource load(String name) {
        try (InputStream in = GazetteerResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing gazetteer resource " + name);
            }
            return new GazetteerResource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows: non-blank, non-comment lines split at tabs. */
    List<String[]> rows() {
        return content.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .toList();
    }
}
