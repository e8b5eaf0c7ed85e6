package io.newswire.article;

import io.newswire.avro.RawArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules every article obeys before it reaches the raw topic, whether it came over HTTP or straight to Kafka
 * through the client library: text cleaned of control characters, a URL or a source id to know it by, some text,
 * plausible times, bounded sizes, a stable id, and a source the submitter may write as. Reports every violation, not
 * only the first. Thread-safe.
 */
public final class ArticleValidator {
    /** Sources are lowercase slugs: {@code hespress}, {@code bbc-arabic}, {@code le.monde}. */
    public static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final ArticleLimits limits;

    public ArticleValidator(ArticleLimits limits) {
        this.limits = limits;
    }

    public ArticleValidator() {
        this(ArticleLimits.DEFAULT);
    }

    public Validation validate(ArticleDraft draft, Submitter submitter, Instant receivedAt) {
        return validate(draft, null, submitter, receivedAt);
    }

    /**
     * As {@link #validate(ArticleDraft, Submitter, Instant)}, with the body given already clean and encoded (then
     * {@code draft.body()} is not read): the same rules, and an accepted record that carries those bytes to Avro.
     */
    public Validation validate(ArticleDraft draft, CleanUtf8Text encodedBody, Submitter submitter, Instant receivedAt) {
        List<Violation> violations = new ArrayList<>();

        String source = source(draft, submitter, violations);
        String id = optionalLine(draft.id(), "id", violations);
        if (id != null && !ArticleId.GIVEN.matcher(id).matches()) {
            violations.add(new Violation(RefusalReason.INVALID_ID, "id",
                    "must be 1 to 200 ASCII letters, digits or . _ : / @ + ~ -, starting with a letter or digit"));
        }
        String sourceArticleId = optionalLine(draft.sourceArticleId(), "sourceArticleId", violations);
        Address address = address(draft.url(), "url", violations);
        String url = address == null ? null : address.given();
        String canonicalUrl = draft.canonicalUrl() == null || draft.canonicalUrl().isBlank()
                ? (address == null ? null : address.canonical())
                : canonical(address(draft.canonicalUrl(), "canonicalUrl", violations));
        if (url == null && canonicalUrl == null && sourceArticleId == null && !hasViolation(violations, "url")
                && !hasViolation(violations, "canonicalUrl")) {
            violations.add(new Violation(RefusalReason.MISSING_FIELD, "url",
                    "an article needs a url (or a sourceArticleId, its id at the source)"));
        }

        String title = limited(TextSanitizer.line(draft.title()), "title", limits.maxTitleChars(), violations);
        String body = encodedBody != null ? null
                : limited(TextSanitizer.text(draft.body()), "body", limits.maxBodyChars(), violations);
        if (encodedBody != null) {
            limited(encodedBody.length(), "body", limits.maxBodyChars(), violations);
        }
        boolean bodyBlank = encodedBody != null ? encodedBody.isBlank() : isBlank(body);
        String html = limited(TextSanitizer.text(draft.html()), "html", limits.maxHtmlChars(), violations);
        if (isBlank(title) && bodyBlank) {
            violations.add(new Violation(RefusalReason.EMPTY_ARTICLE, draft.title() != null ? "title" : "body",
                    "title and body are both empty (after removing control characters)"));
        }
        List<String> authors = lines(draft.authors(), "authors", violations);
        List<String> tags = lines(draft.sourceTags(), "sourceTags", violations);
        Map<String, String> attributes = attributes(draft.attributes(), violations);
        String section = optionalLine(draft.section(), "section", violations);
        time(draft.publishedAt(), "publishedAt", receivedAt, violations);
        time(draft.fetchedAt(), "fetchedAt", receivedAt, violations);
        String language = language(draft.languageHint(), violations);

        if (!violations.isEmpty()) {
            return new Validation.Refused(violations);
        }
        String articleId = id != null ? id
                : canonicalUrl != null ? ArticleId.fromCanonicalUrl(canonicalUrl)
                : ArticleId.fromSourceId(source, sourceArticleId);
        RawArticle article = RawArticle.newBuilder()
                .setId(articleId)
                .setSource(source)
                .setSourceArticleId(sourceArticleId)
                .setUrl(url)
                .setCanonicalUrl(canonicalUrl)
                .setTitle(isBlank(title) ? null : title)
                .setBody(bodyBlank ? null : body)
                .setHtml(isBlank(html) ? null : html)
                .setAuthors(authors)
                .setSection(section)
                .setPublishedAt(draft.publishedAt())
                .setFetchedAt(draft.fetchedAt())
                .setReceivedAt(receivedAt)
                .setLanguageHint(language)
                .setSourceTags(tags)
                .setAttributes(attributes)
                .setArrival(submitter.arrival())
                .build();
        return new Validation.Accepted(encodedBody == null || bodyBlank ? article
                : new EncodedBodyRawArticle(article, encodedBody));
    }

    private String source(ArticleDraft draft, Submitter submitter, List<Violation> violations) {
        String given = TextSanitizer.line(draft.source());
        if (submitter.source().isPresent()) {
            String allowed = submitter.source().get();
            if (!isBlank(given) && !given.equals(allowed)) {
                violations.add(new Violation(RefusalReason.SOURCE_NOT_ALLOWED, "source",
                        "this credential writes as '" + allowed + "', not as '" + given + "'"));
            }
            return allowed;
        }
        if (isBlank(given)) {
            violations.add(new Violation(RefusalReason.MISSING_FIELD, "source",
                    "without a credential, a record must name its source"));
        } else if (!SOURCE.matcher(given).matches()) {
            violations.add(new Violation(RefusalReason.INVALID_SOURCE, "source",
                    "must be a lowercase slug of letters, digits, '.', '_' or '-', at most 64 long"));
        }
        return given;
    }

    /** A URL as given and in its canonical form. */
    private record Address(String given, String canonical) {
    }

    private static Address address(String value, String field, List<Violation> violations) {
        if (isBlank(value)) {
            return null;
        }
        String url = value.trim();
        if (url.length() > CanonicalUrl.MAX_LENGTH) {
            violations.add(new Violation(RefusalReason.TOO_LONG, field, "is longer than " + CanonicalUrl.MAX_LENGTH
                    + " characters"));
            return null;
        }
        try {
            return new Address(url, CanonicalUrl.of(url));
        } catch (InvalidUrlException e) {
            violations.add(new Violation(RefusalReason.INVALID_URL, field, e.getMessage()));
            return null;
        }
    }

    private static String canonical(Address address) {
        return address == null ? null : address.canonical();
    }

    private String optionalLine(String value, String field, List<Violation> violations) {
        String line = TextSanitizer.line(value);
        return isBlank(line) ? null : limited(line, field, limits.maxLineChars(), violations);
    }

    private static String limited(String value, String field, int max, List<Violation> violations) {
        if (value != null) {
            limited(value.length(), field, max, violations);
        }
        return value;
    }

    private static void limited(int length, String field, int max, List<Violation> violations) {
        if (length > max) {
            violations.add(new Violation(RefusalReason.TOO_LONG, field, "is " + length
                    + " characters long, the limit is " + max));
        }
    }

    private List<String> lines(List<String> values, String field, List<Violation> violations) {
        if (values.size() > limits.maxListEntries()) {
            violations.add(new Violation(RefusalReason.TOO_MANY, field, "has " + values.size()
                    + " entries, the limit is " + limits.maxListEntries()));
            return List.of();
        }
        List<String> cleaned = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                violations.add(new Violation(RefusalReason.INVALID_TYPE, field + "[" + i + "]", "must be a string"));
                continue;
            }
            String line = limited(TextSanitizer.line(value), field + "[" + i + "]", limits.maxLineChars(), violations);
            if (!line.isEmpty()) {
                cleaned.add(line);
            }
        }
        return cleaned;
    }

    private Map<String, String> attributes(Map<String, String> values, List<Violation> violations) {
        if (values.size() > limits.maxListEntries()) {
            violations.add(new Violation(RefusalReason.TOO_MANY, "attributes", "has " + values.size()
                    + " entries, the limit is " + limits.maxListEntries()));
            return Map.of();
        }
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            String field = "attributes." + key;
            String cleanKey = TextSanitizer.line(key);
            if (isBlank(cleanKey)) {
                violations.add(new Violation(RefusalReason.INVALID_TYPE, "attributes", "keys must not be empty"));
            } else if (value == null) {
                violations.add(new Violation(RefusalReason.INVALID_TYPE, field, "must be a string"));
            } else {
                limited(cleanKey, field, limits.maxLineChars(), violations);
                cleaned.put(cleanKey, limited(TextSanitizer.text(value), field, limits.maxAttributeValueChars(),
                        violations));
            }
        });
        return cleaned;
    }

    private void time(Instant value, String field, Instant receivedAt, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if (value.isBefore(EARLIEST)) {
            violations.add(new Violation(RefusalReason.INVALID_TIME, field, "is before 1900"));
        } else if (value.isAfter(receivedAt.plus(limits.maxFutureSkew()))) {
            violations.add(new Violation(RefusalReason.INVALID_TIME, field, "is more than "
                    + limits.maxFutureSkew().toHours() + " h in the future"));
        }
    }

    private static String language(String value, List<Violation> violations) {
        String tag = TextSanitizer.line(value);
        if (isBlank(tag)) {
            return null;
        }
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            violations.add(new Violation(RefusalReason.INVALID_LANGUAGE, "languageHint",
                    "must be a language tag such as 'ar', 'fa', 'en-GB' or 'zh-Hant'"));
            return null;
        }
        int dash = tag.indexOf('-');
        return dash < 0 ? tag.toLowerCase(Locale.ROOT) : tag.substring(0, dash).toLowerCase(Locale.ROOT) + tag.substring(dash);
    }

    private static boolean hasViolation(List<Violation> violations, String field) {
        return violations.stream().anyMatch(v -> field.equals(v.field()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
