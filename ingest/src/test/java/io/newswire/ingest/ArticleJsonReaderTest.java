package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonReaderTest {
    private final ArticleJsonReader reader = new ArticleJsonReader();

    private ArticleJsonReader.Result read(String json) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            ArticleJsonReader.Result result = reader.read(parser);
            assertThat(parser.currentToken()).as("left on the object's end").isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isNull();
            return result;
        }
    }

    @Test
    void readsEveryField() throws Exception {
        ArticleJsonReader.Result result = read("""
                {"id": "a1", "source": "hespress", "sourceArticleId": 991, "url": "https://x.ma/a",
                 "canonicalUrl": "https://x.ma/a", "title": "T", "body": "B", "html": "<p>B</p>",
                 "authors": ["A"], "section": "politics", "publishedAt": "2024-12-13T09:30:00+01:00",
                 "fetchedAt": "2024-12-13T09:00:00Z", "languageHint": "ar", "sourceTags": ["x"],
                 "attributes": {"image": "https://x.ma/a.jpg", "paywall": false, "words": 300}, "junk": {"a": [1, {"b": 2}]}}""");

        assertThat(result.violations()).extracting(Violation::field).containsExactly("junk");
        assertThat(result.draft().sourceArticleId()).isEqualTo("991");
        assertThat(result.draft().publishedAt()).isEqualTo(Instant.parse("2024-12-13T08:30:00Z"));
        assertThat(result.draft().attributes()).containsEntry("paywall", "false").containsEntry("words", "300");
    }

    @Test
    void refusesUnknownFieldsSoTyposSurface() throws Exception {
        assertThat(read("{\"titel\": \"T\", \"url\": \"https://x.ma/a\"}").violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.reason()).isEqualTo(RefusalReason.UNKNOWN_FIELD);
                    assertThat(v.field()).isEqualTo("titel");
                    assertThat(v.message()).contains("attributes");
                });
    }

    @Test
    void namesWrongTypesAndBadTimes() throws Exception {
        assertThat(read("""
                {"title": 5, "authors": "A", "sourceTags": ["x", 2], "attributes": {"a": {"b": 1}},
                 "publishedAt": "13/12/2024", "fetchedAt": "2024-12-13T09:00:00", "id": true}""").violations())
                .extracting(Violation::field, Violation::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("title", RefusalReason.INVALID_TYPE),
                        org.assertj.core.groups.Tuple.tuple("authors", RefusalReason.INVALID_TYPE),
                        org.assertj.core.groups.Tuple.tuple("sourceTags[1]", RefusalReason.INVALID_TYPE),
                        org.assertj.core.groups.Tuple.tuple("attributes.a", RefusalReason.INVALID_TYPE),
                        org.assertj.core.groups.Tuple.tuple("publishedAt", RefusalReason.INVALID_TIME),
                        org.assertj.core.groups.Tuple.tuple("fetchedAt", RefusalReason.INVALID_TIME),
                        org.assertj.core.groups.Tuple.tuple("id", RefusalReason.INVALID_TYPE));
    }

    @Test
    void nullMeansAbsent() throws Exception {
        ArticleJsonReader.Result result = read("{\"title\": null, \"authors\": null, \"body\": \"B\"}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.draft().title()).isNull();
        assertThat(result.draft().authors()).isEmpty();
    }
}
