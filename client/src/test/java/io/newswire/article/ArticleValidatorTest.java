package io.newswire.article;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Arrival HTTP = Arrival.newBuilder().setChannel(ArrivalChannel.HTTP).setCredentialId("k1").build();
    private static final Submitter HESPRESS = Submitter.withCredential("hespress", HTTP);
    private final ArticleValidator validator = new ArticleValidator();

    private static ArticleDraft.Builder article() {
        return ArticleDraft.builder().url("https://www.hespress.com/a-1.html?utm_source=fb").title("Title").body("Body");
    }

    private RawArticle accepted(ArticleDraft draft, Submitter submitter) {
        Validation validation = validator.validate(draft, submitter, NOW);
        assertThat(validation).isInstanceOf(Validation.Accepted.class);
        return ((Validation.Accepted) validation).article();
    }

    private List<Violation> refused(ArticleDraft draft, Submitter submitter) {
        Validation validation = validator.validate(draft, submitter, NOW);
        assertThat(validation).isInstanceOf(Validation.Refused.class);
        return ((Validation.Refused) validation).violations();
    }

    @Test
    void aGoodArticleGetsAnIdFromItsCanonicalUrlAndTheCredentialsSource() {
        RawArticle article = accepted(article().build(), HESPRESS);

        assertThat(article.getSource()).isEqualTo("hespress");
        assertThat(article.getUrl()).isEqualTo("https://www.hespress.com/a-1.html?utm_source=fb");
        assertThat(article.getCanonicalUrl()).isEqualTo("https://www.hespress.com/a-1.html");
        assertThat(article.getId()).isEqualTo(ArticleId.fromCanonicalUrl("https://www.hespress.com/a-1.html"));
        assertThat(article.getReceivedAt()).isEqualTo(NOW);
        assertThat(article.getArrival().getCredentialId()).isEqualTo("k1");
    }

    @Test
    void aGivenIdWinsAndAGivenCanonicalUrlIsNormalised() {
        RawArticle article = accepted(article().id("hespress:991").canonicalUrl("HTTPS://Hespress.com/a?b=1&a=2").build(),
                HESPRESS);
        assertThat(article.getId()).isEqualTo("hespress:991");
        assertThat(article.getCanonicalUrl()).isEqualTo("https://hespress.com/a?a=2&b=1");
    }

    @Test
    void withoutUrlTheSourceIdMakesTheId() {
        RawArticle article = accepted(ArticleDraft.builder().sourceArticleId("991").title("T").build(), HESPRESS);
        assertThat(article.getId()).isEqualTo(ArticleId.fromSourceId("hespress", "991"));
        assertThat(article.getUrl()).isNull();
    }

    @Test
    void needsAnAddressAndSomeText() {
        List<Violation> violations = refused(ArticleDraft.builder().title(" ").body("\u0000").build(), HESPRESS);
        assertThat(violations).extracting(Violation::reason)
                .containsExactlyInAnyOrder(RefusalReason.MISSING_FIELD, RefusalReason.EMPTY_ARTICLE);
        assertThat(violations).extracting(Violation::field).contains("url");
    }

    @Test
    void aCredentialCannotWriteAsAnotherSource() {
        List<Violation> violations = refused(article().source("bbc").build(), HESPRESS);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(RefusalReason.SOURCE_NOT_ALLOWED);
            assertThat(v.field()).isEqualTo("source");
            assertThat(v.message()).contains("hespress").contains("bbc");
        });
        assertThat(accepted(article().source("hespress").build(), HESPRESS).getSource()).isEqualTo("hespress");
    }

    @Test
    void openModeNeedsASourceSlug() {
        Submitter open = Submitter.open(HTTP);
        assertThat(refused(article().build(), open)).extracting(Violation::reason).containsExactly(RefusalReason.MISSING_FIELD);
        assertThat(refused(article().source("Le Monde!").build(), open)).extracting(Violation::reason)
                .containsExactly(RefusalReason.INVALID_SOURCE);
        assertThat(accepted(article().source("le-monde").build(), open).getSource()).isEqualTo("le-monde");
    }

    @Test
    void reportsEveryViolationWithItsField() {
        List<Violation> violations = refused(ArticleDraft.builder()
                .id("has spaces")
                .url("ftp://x.com/a")
                .title("x".repeat(1001))
                .languageHint("arabic language")
                .publishedAt(NOW.plus(Duration.ofDays(3)))
                .authors(Collections.nCopies(101, "a"))
                .build(), HESPRESS);

        assertThat(violations).extracting(Violation::field)
                .containsExactlyInAnyOrder("id", "url", "title", "languageHint", "publishedAt", "authors");
        assertThat(violations).extracting(Violation::reason).containsExactlyInAnyOrder(RefusalReason.INVALID_ID,
                RefusalReason.INVALID_URL, RefusalReason.TOO_LONG, RefusalReason.INVALID_LANGUAGE,
                RefusalReason.INVALID_TIME, RefusalReason.TOO_MANY);
    }

    @Test
    void cleansTextAndLines() {
        RawArticle article = accepted(article().title(" Breaking:\nnews\u0007 ").body("line one\r\nline\u0000 two")
                .author(" A. Writer\t").sourceTag("").languageHint("EN-gb").build(), HESPRESS);

        assertThat(article.getTitle()).isEqualTo("Breaking: news");
        assertThat(article.getBody()).isEqualTo("line one\nline two");
        assertThat(article.getAuthors()).containsExactly("A. Writer");
        assertThat(article.getSourceTags()).isEmpty();
        assertThat(article.getLanguageHint()).isEqualTo("en-gb");
    }

    @Test
    void nullEntriesAreNamedByPosition() {
        List<Violation> violations = refused(article().authors(java.util.Arrays.asList("a", null)).attribute("image", null)
                .build(), HESPRESS);
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("authors[1]", "attributes.image");
    }

    @Test
    void anEncodedBodyFollowsTheSameRulesAndIsWrittenAsItsBytes() {
        ArticleValidator small = new ArticleValidator(new ArticleLimits(1_000, 5, 2_000_000, 500, 100, 4_000,
                Duration.ofDays(1)));
        byte[] arabic = "نص عربي".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Validation tooLong = small.validate(article().body(null).build(), new CleanUtf8Text(arabic, 7, false), HESPRESS, NOW);
        assertThat(((Validation.Refused) tooLong).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("is 7 characters long, the limit is 5"));

        Validation blank = validator.validate(ArticleDraft.builder().url("https://a.example/x").build(),
                new CleanUtf8Text(new byte[]{' ', '\n'}, 2, true), HESPRESS, NOW);
        assertThat(((Validation.Refused) blank).violations()).extracting(Violation::reason)
                .containsExactly(RefusalReason.EMPTY_ARTICLE);

        Validation good = validator.validate(article().body(null).build(), new CleanUtf8Text(arabic, 7, false), HESPRESS, NOW);
        RawArticle article = ((Validation.Accepted) good).article();
        assertThat(article.getBody()).isEqualTo("نص عربي");
        assertThat(article.get(RawArticle.getClassSchema().getField("body").pos()))
                .isEqualTo(new org.apache.avro.util.Utf8(arabic));
    }
}
