package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Language test sets built from the topic data (which stays outside the repository): titles are single SIB-200
 * sentences and ANT article titles; bodies are ANT article texts and, per SIB-200 language, runs of consecutive
 * sentences joined to about 2 KB, each sentence in one body only.
 */
final class LanguageTestSets {
    static final String SIB_FILE = "sib200_topic_train.jsonl";
    static final String ANT_FILE = "ant_ar_topic_train.jsonl";
    private static final int BODY_CHARS = 1900;

    /** A text whose language is known; either title or body is empty. */
    record LabelledText(String language, String source, String title, String body) {
        int length() {
            return title.length() + body.length();
        }
    }

    private final List<LabelledText> titles;
    private final List<LabelledText> bodies;

    private LanguageTestSets(List<LabelledText> titles, List<LabelledText> bodies) {
        this.titles = List.copyOf(titles);
        this.bodies = List.copyOf(bodies);
    }

    /**
     * Reads both files from the directory.
     *
     * @throws IllegalArgumentException when the directory or a file is missing
     */
    static LanguageTestSets read(Path directory) {
        for (String file : List.of(SIB_FILE, ANT_FILE)) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new IllegalArgumentException("No " + file + " in " + directory.toAbsolutePath().normalize()
                        + ": pass --data with the directory of the topic data (../shared/data/topics from the repository)");
            }
        }
        List<LabelledText> titles = new ArrayList<>();
        List<LabelledText> bodies = new ArrayList<>();
        Map<String, StringBuilder> openBodies = new LinkedHashMap<>();
        forEachRecord(directory.resolve(SIB_FILE), record -> {
            String language = record.path("lang").asText();
            String sentence = record.path("text").asText();
            titles.add(new LabelledText(language, "sib", sentence, ""));
            StringBuilder body = openBodies.computeIfAbsent(language, k -> new StringBuilder());
            if (!body.isEmpty()) {
                body.append(' ');
            }
            body.append(sentence);
            if (body.length() >= BODY_CHARS) {
                bodies.add(new LabelledText(language, "sib", "", body.toString()));
                body.setLength(0);
            }
        });
        forEachRecord(directory.resolve(ANT_FILE), record -> {
            String language = record.path("lang").asText("ar");
            String title = record.path("title").asText();
            if (!title.isBlank()) {
                titles.add(new LabelledText(language, "ant", title, ""));
            }
            bodies.add(new LabelledText(language, "ant", "", record.path("text").asText()));
        });
        return new LanguageTestSets(titles, bodies);
    }

    List<LabelledText> titles() {
        return titles;
    }

    List<LabelledText> bodies() {
        return bodies;
    }

    private static void forEachRecord(Path file, Consumer<JsonNode> consumer) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    consumer.accept(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
