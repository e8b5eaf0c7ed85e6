package io.newswire.client.subscribe;

import io.newswire.avro.EnrichedArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.serde.SpecificAvroSerializer;
import io.newswire.serde.SubjectNameStrategy;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscriber against a real broker and registry: start positions, commits, resuming. */
@WithNewswireStack
class ArticleSubscriberIT {
    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    private NewswireStack stack;
    private String topic;

    @BeforeEach
    void topic(NewswireStack stack) {
        this.stack = stack;
        topic = TestTopics.create(stack, TestTopics.unique("it.enriched"), 3);
    }

    @Test
    void aStartTimeIsExactEvenWhereTimesInterleaveOnAPartition() {
        produce(0, "a-before", T.minusSeconds(2));
        produce(0, "a-after", T.plusSeconds(1));
        produce(0, "a-late-but-earlier", T.minusSeconds(1));
        produce(0, "a-after-2", T.plusSeconds(2));
        produce(1, "b-before", T.minusSeconds(5));
        produce(1, "b-at", T);
        produce(2, "c-before", T.minusSeconds(3));

        try (ArticleSubscriber subscriber = subscriber().from(StartPosition.at(T)).build()) {
            assertThat(readToEnd(subscriber)).containsExactlyInAnyOrder("a-after", "a-after-2", "b-at");
        }
        try (ArticleSubscriber subscriber = subscriber().from(StartPosition.BEGINNING).build()) {
            assertThat(readToEnd(subscriber)).hasSize(7);
        }
    }

    @Test
    void aGroupCommitsWhatWasHandledAndNothingElse() {
        for (int i = 0; i < 6; i++) {
            produce(i % 3, "g-" + i, T.plusSeconds(i));
        }
        String group = "it-group-" + UUID.randomUUID();
        List<String> handled = new ArrayList<>();
        try (ArticleSubscriber subscriber = subscriber().groupId(group).from(StartPosition.BEGINNING).build()) {
            List<ReceivedArticle> batch = new ArrayList<>();
            while (batch.size() < 6) {
                batch.addAll(subscriber.poll(Duration.ofMillis(500)));
            }
            // The caller handles two and stops: the other four must come again, and those two must not.
            batch.subList(0, 2).forEach(a -> handled.add(a.article().getId()));
            subscriber.unread(batch.subList(2, batch.size()));
            subscriber.commit();
        }
        try (ArticleSubscriber subscriber = subscriber().groupId(group).from(StartPosition.BEGINNING).build()) {
            handled.addAll(readToEnd(subscriber));
        }
        assertThat(handled).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void aScriptResumesFromThePositionsItKept() {
        for (int i = 0; i < 4; i++) {
            produce(i % 2, "r-" + i, T.plusSeconds(i));
        }
        Map<Integer, Long> positions;
        List<String> read;
        try (ArticleSubscriber subscriber = subscriber().from(StartPosition.BEGINNING).build()) {
            read = readToEnd(subscriber);
            positions = subscriber.positions();
        }
        produce(1, "r-4", T.plusSeconds(4));
        try (ArticleSubscriber subscriber = subscriber().resumeFrom(positions).from(StartPosition.BEGINNING).build()) {
            assertThat(readToEnd(subscriber)).containsExactly("r-4");
        }
        assertThat(read).hasSize(4);
    }

    @Test
    void filtersApplyBeforeAnythingIsHandedOut() {
        produce(0, "keep", T, "fr");
        produce(1, "drop", T, "en");
        try (ArticleSubscriber subscriber = subscriber().from(StartPosition.BEGINNING)
                .filter(ArticleFilter.parse("fr", null, null, null, null)).build()) {
            assertThat(readToEnd(subscriber)).containsExactly("keep");
        }
    }

    private ArticleSubscriber.Builder subscriber() {
        return ArticleSubscriber.builder().bootstrapServers(stack.bootstrapServers())
                .schemaRegistryUrl(stack.schemaRegistryUrl()).topic(topic);
    }

    private static List<String> readToEnd(ArticleSubscriber subscriber) {
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            subscriber.poll(Duration.ofMillis(200)).forEach(a -> ids.add(a.article().getId()));
            subscriber.commit();
        } while (!subscriber.caughtUp() && System.nanoTime() < deadline);
        return ids;
    }

    private void produce(int partition, String id, Instant timestamp) {
        produce(partition, id, timestamp, "en");
    }

    private void produce(int partition, String id, Instant timestamp, String language) {
        SpecificAvroSerializer<EnrichedArticle> serializer = new SpecificAvroSerializer<>(
                new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl())), true,
                SubjectNameStrategy.TOPIC_NAME, false);
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()), new StringSerializer(),
                serializer)) {
            producer.send(new ProducerRecord<>(topic, partition, timestamp.toEpochMilli(), id,
                    EnrichedArticles.article(id, language, "wire", "medtop:04000000", "economy", "GB"))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
