package io.newswire.enrich.topics.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the topic training data (the JSON Lines files in shared/data/topics) into memory, sorted by id so that
 * training sees the same order whatever the file order: one of the things that make training reproducible.
 */
public final class TopicCorpus {
    public static final String SIB200_FILE = "sib200_topic_train.jsonl";
    public static final String ANT_FILE = "ant_ar_topic_train.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicCorpus() {
    }

    /** Both files of the data directory. */
    public static List<LabelledText> load(Path dataDir) {
        List<LabelledText> all = new ArrayList<>();
        all.addAll(read(dataDir.resolve(SIB200_FILE), LabelledText.Corpus.SIB200));
        all.addAll(read(dataDir.resolve(ANT_FILE), LabelledText.Corpus.ANT));
        all.sort(Comparator.comparing(LabelledText::id));
        return List.copyOf(all);
    }

    /** Fails with a message that says which file is missing, since this is the first thing a new user runs into. */
    public static void requireData(Path dataDir) {
        for (String file : List.of(SIB200_FILE, ANT_FILE)) {
            if (!Files.isRegularFile(dataDir.resolve(file))) {
                throw new IllegalArgumentException("Topic training data not found: " + dataDir.resolve(file).toAbsolutePath()
                        + " (give the directory holding " + SIB200_FILE + " and " + ANT_FILE + ")");
            }
        }
    }

    static List<LabelledText> read(Path file, LabelledText.Corpus corpus) {
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    texts.add(parse(JSON.readTree(line), corpus));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return texts;
    }

    private static LabelledText parse(JsonNode record, LabelledText.Corpus corpus) {
        String id = record.path("id").asText();
        return new LabelledText(id, record.path("lang").asText(), record.path("title").asText(""),
                record.path("text").asText(""), record.path("label").asText(), corpus, groupOf(id, corpus));
    }

    /** "sib200:arb_Arab:431" is sentence 431; "ant:AL-culture-517-20180621" is outlet AL. */
    static String groupOf(String id, LabelledText.Corpus corpus) {
        return switch (corpus) {
            case SIB200 -> id.substring(id.lastIndexOf(':') + 1);
            case ANT -> id.substring("ant:".length(), "ant:".length() + 2);
        };
    }
}
