package io.newswire.faults;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.client.RawArticleWriter;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.SampleNews;
import io.newswire.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One enrich pipeline of its own on the shared broker: raw, replay, enriched and dead-letter topics with unique names,
 * the settings that point enrich at them, and ways to feed and read them.
 */
record Pipeline(NewswireStack stack, String raw, String replay, String enriched, String deadLetters) {

    static Pipeline create(NewswireStack stack, String name) {
        return new Pipeline(stack,
                TestTopics.createArticleTopic(stack, "faults." + name + ".raw"),
                TestTopics.createArticleTopic(stack, "faults." + name + ".replay"),
                TestTopics.create(stack, TestTopics.unique("faults." + name + ".enriched"), 3),
                TestTopics.create(stack, TestTopics.unique("faults." + name + ".dlq"), 1));
    }

    /** Enrich's flags for this pipeline: its topics, a fresh application id, the given registry and state folder. */
    List<String> enrichArguments(String registryUrl, Path stateDir, int managementPort) {
        return List.of("--kafka.bootstrap.servers=" + stack.bootstrapServers(), "--schema.registry.url=" + registryUrl,
                "--topics.create=false", "--enrich.application.id=faults-enrich-" + raw,
                "--enrich.input.topic=" + raw, "--enrich.replay.topic=" + replay, "--enrich.output.topic=" + enriched,
                "--enrich.dead.letter.topic=" + deadLetters, "--enrich.state.dir=" + stateDir,
                "--enrich.management.port=" + managementPort);
    }

    /** Writes {@code count} distinct articles to the raw topic, as a scraper on the Kafka path would; their ids. */
    List<String> writeArticles(String source, int count) {
        List<String> ids = new ArrayList<>();
        try (RawArticleWriter writer = new RawArticleWriter(Map.of("bootstrap.servers", stack.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 5), registry(), raw)) {
            List<CompletableFuture<?>> writes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = source + "-" + UUID.randomUUID();
                SampleNews.Story story = i % 2 == 0 ? SampleNews.english(i) : SampleNews.french(i);
                writes.add(writer.write(RawArticle.newBuilder().setId(id).setSource(source)
                        .setUrl("https://" + source + ".example/" + id).setTitle(story.title()).setBody(story.body())
                        .setReceivedAt(Instant.now())
                        .setArrival(Arrival.newBuilder().setChannel(ArrivalChannel.KAFKA).build()).build()));
                ids.add(id);
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        }
        return ids;
    }

    /** Every committed enriched record (read_committed: what a subscriber sees). */
    List<ConsumerRecord<String, EnrichedArticle>> enrichedRecords() {
        return RecordReader.readToEnd(stack, enriched, new SpecificAvroDeserializer<>(registry(), EnrichedArticle.class));
    }

    /** How many committed enriched records there are, without decoding them. */
    int enrichedCount() {
        return RecordReader.readToEnd(stack, enriched, new ByteArrayDeserializer()).size();
    }

    List<ConsumerRecord<String, DeadLetter>> deadLetterRecords() {
        return RecordReader.readToEnd(stack, deadLetters, new SpecificAvroDeserializer<>(registry(), DeadLetter.class));
    }

    SchemaRegistryClient registry() {
        return new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
    }
}
