package io.newswire.client;

import io.newswire.article.ArticleDraft;
import io.newswire.article.ArticleId;
import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scrapers on the JVM publish straight to Kafka, under the same rules as HTTP ingest. */
@WithNewswireStack
class ArticlePublisherIT {

    @Test
    void publishesValidatedArticlesDurablyInTheWireFormat(NewswireStack stack) throws Exception {
        String topic = TestTopics.create(stack, TestTopics.unique("it.publisher"), 3);
        try (ArticlePublisher publisher = ArticlePublisher.builder()
                .bootstrapServers(stack.bootstrapServers())
                .schemaRegistryUrl(stack.schemaRegistryUrl())
                .source("hespress")
                .credentialId("scraper-7")
                .topic(topic)
                .build()) {

            Publication stored = publisher.publishAndWait(ArticleDraft.builder()
                    .url("https://www.hespress.com/a.html?utm_medium=rss")
                    .title("العنوان")
                    .body("النص")
                    .publishedAt(Instant.parse("2024-12-13T08:30:00Z"))
                    .build(), Duration.ofSeconds(30));

            assertThat(stored.id()).isEqualTo(ArticleId.fromCanonicalUrl("https://www.hespress.com/a.html"));
            assertThat(stored.topic()).isEqualTo(topic);
            assertThatThrownBy(() -> publisher.publish(ArticleDraft.builder().title("no address").source("bbc").build()))
                    .isInstanceOf(ArticleRejectedException.class)
                    .satisfies(e -> assertThat(((ArticleRejectedException) e).violations()).extracting(Violation::reason)
                            .containsExactlyInAnyOrder(RefusalReason.MISSING_FIELD, RefusalReason.SOURCE_NOT_ALLOWED));
        }

        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        List<ConsumerRecord<String, RawArticle>> records = RecordReader.read(stack, topic,
                new SpecificAvroDeserializer<>(registry, RawArticle.class), 1, Duration.ofSeconds(20));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(record.value().getId());
            assertThat(record.value().getSource()).isEqualTo("hespress");
            assertThat(record.value().getArrival().getChannel()).isEqualTo(ArrivalChannel.KAFKA);
            assertThat(record.value().getArrival().getCredentialId()).isEqualTo("scraper-7");
        });
    }

    @Test
    void refusesToBuildWithoutWhatItNeeds() {
        assertThatThrownBy(() -> ArticlePublisher.builder().schemaRegistryUrl("http://x").source("s").build())
                .hasMessageContaining("bootstrapServers");
        assertThatThrownBy(() -> ArticlePublisher.builder().bootstrapServers("x:1").schemaRegistryUrl("http://x")
                .source("Not a slug").build())
                .hasMessageContaining("not a lowercase slug");
    }
}
