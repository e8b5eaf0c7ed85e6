package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newswire.article.ArticleDraft;
import io.newswire.article.CleanUtf8Text;
import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON record, straight from the parser, into an {@link ArticleDraft}: the JSON side of validation (field
 * names, JSON types, time syntax). Unknown fields are refused, so a misspelt {@code "titel"} is reported instead of
 * silently dropped; free data goes in {@code attributes}. Ids may be JSON numbers, as many sources number their
 * articles. Broken JSON syntax is the parser's to throw.
 */
final class ArticleJsonReader {
    /** Every field a record may have: what the OpenAPI document describes, in its order. */
    static final List<String> FIELDS = List.of("id", "source", "sourceArticleId", "url", "canonicalUrl", "title",
            "body", "html", "authors", "section", "publishedAt", "fetchedAt", "languageHint", "sourceTags",
            "attributes");

    /**
     * The draft, and what is wrong with the record as JSON. The body is in the draft, or, when the record was read
     * on the fast path ({@link ArticleLineScanner}), in {@code encodedBody}.
     */
    record Result(ArticleDraft draft, List<Violation> violations, CleanUtf8Text encodedBody) {
        Result(ArticleDraft draft, List<Violation> violations) {
            this(draft, violations, null);
        }
    }

    /** Reads the object the parser is at (its START_OBJECT token), leaving the parser on its END_OBJECT. */
    Result read(JsonParser parser) throws IOException {
        ArticleDraft.Builder draft = ArticleDraft.builder();
        List<Violation> violations = new ArrayList<>(0);
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> draft.id(idLike(parser, value, field, violations));
                case "source" -> draft.source(string(parser, value, field, violations));
                case "sourceArticleId" -> draft.sourceArticleId(idLike(parser, value, field, violations));
                case "url" -> draft.url(string(parser, value, field, violations));
                case "canonicalUrl" -> draft.canonicalUrl(string(parser, value, field, violations));
                case "title" -> draft.title(string(parser, value, field, violations));
                case "body" -> draft.body(string(parser, value, field, violations));
                case "html" -> draft.html(string(parser, value, field, violations));
                case "authors" -> draft.authors(strings(parser, value, field, violations));
                case "section" -> draft.section(string(parser, value, field, violations));
                case "publishedAt" -> draft.publishedAt(time(parser, value, field, violations));
                case "fetchedAt" -> draft.fetchedAt(time(parser, value, field, violations));
                case "languageHint" -> draft.languageHint(string(parser, value, field, violations));
                case "sourceTags" -> draft.sourceTags(strings(parser, value, field, violations));
                case "attributes" -> draft.attributes(attributes(parser, value, violations));
                default -> {
                    violations.add(new Violation(RefusalReason.UNKNOWN_FIELD, field,
                            "is not an article field; free data belongs in 'attributes'"));
                    parser.skipChildren();
                }
            }
        }
        return new Result(draft.build(), violations);
    }

    private static String string(JsonParser parser, JsonToken value, String field, List<Violation> violations)
            throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value != JsonToken.VALUE_NULL) {
            wrongType(parser, field, "must be a string", violations);
        }
        return null;
    }

    private static String idLike(JsonParser parser, JsonToken value, String field, List<Violation> violations)
            throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value != JsonToken.VALUE_NULL) {
            wrongType(parser, field, "must be a string or a whole number", violations);
        }
        return null;
    }

    private static List<String> strings(JsonParser parser, JsonToken value, String field, List<Violation> violations)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value != JsonToken.START_ARRAY) {
            wrongType(parser, field, "must be an array of strings", violations);
            return List.of();
        }
        List<String> values = new ArrayList<>();
        int index = 0;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (element == JsonToken.VALUE_STRING) {
                values.add(parser.getText());
            } else {
                wrongType(parser, field + "[" + index + "]", "must be a string", violations);
            }
            index++;
        }
        return values;
    }

    private static Map<String, String> attributes(JsonParser parser, JsonToken value, List<Violation> violations)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (value != JsonToken.START_OBJECT) {
            wrongType(parser, "attributes", "must be an object of string values", violations);
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken entry = parser.nextToken();
            if (entry == JsonToken.VALUE_STRING || entry.isNumeric() || entry.isBoolean()) {
                values.put(key, parser.getText());
            } else {
                wrongType(parser, "attributes." + key, "must be a string, number or boolean", violations);
            }
        }
        return values;
    }

    private static Instant time(JsonParser parser, JsonToken value, String field, List<Violation> violations)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            violations.add(new Violation(RefusalReason.INVALID_TIME, field,
                    "must be an ISO-8601 date-time string with a zone, such as 2024-12-13T08:30:00Z"));
            return null;
        }
        String text = parser.getText().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new Violation(RefusalReason.INVALID_TIME, field,
                    "'" + abbreviate(text) + "' is not an ISO-8601 date-time with a zone, such as "
                            + "2024-12-13T08:30:00Z or 2024-12-13T09:30:00+01:00"));
            return null;
        }
    }

    private static void wrongType(JsonParser parser, String field, String message, List<Violation> violations)
            throws IOException {
        parser.skipChildren();
        violations.add(new Violation(RefusalReason.INVALID_TYPE, field, message));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
