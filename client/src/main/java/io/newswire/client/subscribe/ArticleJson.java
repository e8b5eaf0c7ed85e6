package io.newswire.client.subscribe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;

import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * An enriched article as plain JSON, for people and scripts (Avro's own JSON encoding wraps every optional value in
 * its type name): the cleaned title and text, language, topics, subjects, places, duplicate verdict, provenance, and
 * the raw article's metadata (not its body or HTML, which the raw topic keeps).
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    public static String of(EnrichedArticle article) {
        try {
            return JSON.writeValueAsString(node(article));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode node(EnrichedArticle article) {
        RawArticle raw = article.getRaw();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.getId());
        node.put("title", article.getTitle());
        node.put("text", article.getText());
        node.put("source", raw.getSource());
        node.put("url", raw.getUrl());
        node.put("canonicalUrl", raw.getCanonicalUrl());
        node.put("section", raw.getSection());
        putTime(node, "publishedAt", raw.getPublishedAt());
        putTime(node, "receivedAt", raw.getReceivedAt());
        ArrayNode authors = node.putArray("authors");
        raw.getAuthors().forEach(authors::add);
        ObjectNode language = node.putObject("language");
        language.put("code", article.getLanguage().getCode());
        language.put("confidence", article.getLanguage().getConfidence());
        language.put("script", article.getLanguage().getScript());
        ArrayNode alternatives = language.putArray("alternatives");
        article.getLanguage().getAlternatives().forEach(a ->
                alternatives.addObject().put("code", a.getCode()).put("confidence", a.getConfidence()));
        ArrayNode topics = node.putArray("topics");
        article.getTopics().forEach(t -> topics.addObject().put("code", t.getCode()).put("label", t.getLabel())
                .put("score", t.getScore()).put("method", t.getMethod().name()));
        ArrayNode subjects = node.putArray("subjects");
        article.getSubjects().forEach(s -> subjects.addObject().put("code", s.getCode()).put("label", s.getLabel())
                .put("iptcCode", s.getIptcCode()).put("score", s.getScore()).put("method", s.getMethod().name()));
        ArrayNode places = node.putArray("places");
        article.getPlaces().forEach(p -> places.addObject().put("countryCode", p.getCountryCode())
                .put("name", p.getName()).put("mentions", p.getMentions()));
        ObjectNode duplicate = node.putObject("duplicate");
        duplicate.put("status", article.getDuplicate().getStatus().name());
        duplicate.put("duplicateOf", article.getDuplicate().getDuplicateOf());
        if (article.getDuplicate().getSimilarity() != null) {
            duplicate.put("similarity", article.getDuplicate().getSimilarity());
        }
        duplicate.put("revision", article.getDuplicate().getRevision());
        ObjectNode enrichment = node.putObject("enrichment");
        enrichment.put("enricherVersion", article.getEnrichment().getEnricherVersion());
        ObjectNode models = enrichment.putObject("models");
        article.getEnrichment().getModels().forEach(models::put);
        putTime(enrichment, "processedAt", article.getEnrichment().getProcessedAt());
        enrichment.put("reprocessed", article.getEnrichment().getReprocessed());
        enrichment.put("replayId", article.getEnrichment().getReplayId());
        return node;
    }

    private static void putTime(ObjectNode node, String field, Instant time) {
        node.put(field, time == null ? null : time.toString());
    }
}
