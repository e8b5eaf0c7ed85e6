package io.newswire.schema;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Raw articles for tests, with every kind of field set. */
public final class ArticleFixtures {
    private ArticleFixtures() {
    }

    public static RawArticle rawArticle(String id) {
        return RawArticle.newBuilder()
                .setId(id)
                .setSource("hespress")
                .setSourceArticleId("12345")
                .setUrl("https://www.example.com/news/" + id + "?utm_source=x")
                .setCanonicalUrl("https://www.example.com/news/" + id)
                .setTitle("إستراتيجية ناجحة.. الخارجية الأمريكية تعترف بريادة المغرب")
                .setBody("أشاد تقرير وزارة الخارجية الأمريكية لعام 2023 بشأن الإرهاب بالجهود المستمرة للمغرب.")
                .setHtml(null)
                .setAuthors(List.of("Newsroom"))
                .setSection("politics")
                .setPublishedAt(Instant.parse("2024-12-13T08:30:00Z"))
                .setFetchedAt(Instant.parse("2024-12-13T09:00:00.123Z"))
                .setReceivedAt(Instant.parse("2024-12-13T09:00:01.456Z"))
                .setLanguageHint("ar")
                .setSourceTags(List.of("المغرب", "الإرهاب"))
                .setAttributes(Map.of("image", "https://www.example.com/a.jpg"))
                .setArrival(Arrival.newBuilder()
                        .setChannel(ArrivalChannel.HTTP)
                        .setCredentialId("key-hespress-1")
                        .setRemoteAddress("127.0.0.1")
                        .setUserAgent("test")
                        .setReceivedBy("newswire-ingest test")
                        .build())
                .build();
    }
}
