package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.article.ArticleId;
import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles for benchmarks that run the enricher: real news text where the shared topic data is at hand (Arabic
 * articles of the ANT corpus, and for eleven more languages SIB-200 sentences put together into articles), synthetic
 * mixed-script text otherwise. Real text matters here: language detection and topic tagging cost what the text makes
 * them cost.
 */
final class BenchArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;

    BenchArticles(Path data) {
        this.data = data;
    }

    List<RawArticle> rawArticles(int count) {
        List<String[]> texts = Files.isDirectory(data) ? realTexts() : List.of();
        List<RawArticle> articles = new ArrayList<>(count);
        SyntheticArticles synthetic = new SyntheticArticles(3072);
        Arrival arrival = Arrival.newBuilder().setChannel(ArrivalChannel.KAFKA).setReceivedBy("newswire-bench").build();
        for (int i = 0; i < count; i++) {
            if (texts.isEmpty()) {
                articles.add(synthetic.raw(arrival));
                continue;
            }
            String[] text = texts.get(i % texts.size());
            String url = "https://bench.example/" + i + ".html";
            articles.add(RawArticle.newBuilder()
                    .setId(ArticleId.fromCanonicalUrl(url))
                    .setSource("bench")
                    .setUrl(url)
                    .setCanonicalUrl(url)
                    .setTitle(text[0].isBlank() ? null : text[0])
                    .setBody(text[1] + (i >= texts.size() ? "\n\n(" + i + ")" : ""))
                    .setReceivedAt(Instant.now())
                    .setArrival(arrival)
                    .build());
        }
        return articles;
    }

    /** Title and body pairs: ANT articles as they are, SIB sentences of one language joined into ~2 KB bodies. */
    private List<String[]> realTexts() {
        List<String[]> texts = new ArrayList<>();
        read(data.resolve("ant_ar_topic_train.jsonl")).forEach(n -> texts.add(new String[] {
                n.path("title").asText(""), n.path("text").asText("")}));
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        read(data.resolve("sib200_topic_train.jsonl")).forEach(n ->
                sentences.computeIfAbsent(n.path("lang").asText(), k -> new ArrayList<>()).add(n.path("text").asText()));
        sentences.forEach((language, list) -> {
            for (int start = 0; start + 12 <= list.size(); start += 12) {
                List<String> part = list.subList(start, start + 12);
                texts.add(new String[] {part.getFirst(), String.join("\n\n", part.subList(1, part.size()))});
            }
        });
        // Interleave, so every stretch of the topic has every language.
        List<String[]> mixed = new ArrayList<>(texts.size());
        for (int stride = 0; stride < 7; stride++) {
            for (int i = stride; i < texts.size(); i += 7) {
                mixed.add(texts.get(i));
            }
        }
        return mixed;
    }

    private static List<JsonNode> read(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.exists(file)) {
            return nodes;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                nodes.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }
}
