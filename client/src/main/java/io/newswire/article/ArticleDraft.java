package io.newswire.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as a scraper submits it, before validation: every field may be missing or wrong. Built by ingest from
 * JSON, or by a JVM scraper with {@link #builder()}.
 */
public record ArticleDraft(String id, String source, String sourceArticleId, String url, String canonicalUrl,
                           String title, String body, String html, List<String> authors, String section,
                           Instant publishedAt, Instant fetchedAt, String languageHint, List<String> sourceTags,
                           Map<String, String> attributes) {

    public ArticleDraft {
        authors = authors == null ? List.of() : authors;
        sourceTags = sourceTags == null ? List.of() : sourceTags;
        attributes = attributes == null ? Map.of() : attributes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a draft field by field; anything left out stays empty. */
    public static final class Builder {
        private String id;
        private String source;
        private String sourceArticleId;
        private String url;
        private String canonicalUrl;
        private String title;
        private String body;
        private String html;
        private final List<String> authors = new ArrayList<>();
        private String section;
        private Instant publishedAt;
        private Instant fetchedAt;
        private String languageHint;
        private final List<String> sourceTags = new ArrayList<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();

        public Builder id(String id) { this.id = id; return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder sourceArticleId(String sourceArticleId) { this.sourceArticleId = sourceArticleId; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder canonicalUrl(String canonicalUrl) { this.canonicalUrl = canonicalUrl; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder body(String body) { this.body = body; return this; }
        public Builder html(String html) { this.html = html; return this; }
        public Builder author(String author) { this.authors.add(author); return this; }
        public Builder authors(List<String> authors) { this.authors.addAll(authors); return this; }
        public Builder section(String section) { this.section = section; return this; }
        public Builder publishedAt(Instant publishedAt) { this.publishedAt = publishedAt; return this; }
        public Builder fetchedAt(Instant fetchedAt) { this.fetchedAt = fetchedAt; return this; }
        public Builder languageHint(String languageHint) { this.languageHint = languageHint; return this; }
        public Builder sourceTag(String tag) { this.sourceTags.add(tag); return this; }
        public Builder sourceTags(List<String> tags) { this.sourceTags.addAll(tags); return this; }
        public Builder attribute(String key, String value) { this.attributes.put(key, value); return this; }
        public Builder attributes(Map<String, String> attributes) { this.attributes.putAll(attributes); return this; }

        public ArticleDraft build() {
            // Copies that keep nulls: a null entry is the validator's to refuse, with its position.
            return new ArticleDraft(id, source, sourceArticleId, url, canonicalUrl, title, body, html,
                    Collections.unmodifiableList(new ArrayList<>(authors)), section, publishedAt, fetchedAt,
                    languageHint, Collections.unmodifiableList(new ArrayList<>(sourceTags)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
        }
    }
}
