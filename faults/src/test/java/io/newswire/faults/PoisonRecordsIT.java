package io.newswire.faults;

import io.newswire.avro.DeadLetter;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records enrich cannot read, written straight to the raw topic between good articles: every one ends in the
 * dead-letter topic with its original bytes and a reason, every good article is enriched, and enrich keeps running.
 */
@WithNewswireStack
class PoisonRecordsIT {
    private static final int EACH_KIND = 25;

    @TempDir
    Path stateDir;

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheStreamGoesOn(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("poison-records", "Poison records on the raw topic");
        Pipeline pipeline = Pipeline.create(stack, "poison");
        Map<String, byte[]> kinds = poisonKinds(pipeline.registry(), pipeline.raw());

        List<String> good = new ArrayList<>(pipeline.writeArticles("poison-test", 100));
        Map<String, String> poisonKindByKey = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < EACH_KIND; i++) {
                for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
                    String key = "poison-" + kind.getKey() + "-" + i;
                    poisonKindByKey.put(key, kind.getKey());
                    producer.send(new ProducerRecord<>(pipeline.raw(), key, kind.getValue()));
                }
            }
            producer.flush();
        }
        good.addAll(pipeline.writeArticles("poison-test", 100));

        try (EnrichService enrich = EnrichApp.start(Settings.load(EnrichSettings.all(), ClusterSettings.PASS_THROUGH,
                Map.of(), pipeline.enrichArguments(stack.schemaRegistryUrl(), stateDir, 0).toArray(String[]::new)))) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                    pipeline.enrichedCount() >= good.size()
                            && pipeline.deadLetterRecords().size() >= poisonKindByKey.size());
            List<String> afterPoison = pipeline.writeArticles("poison-test", 20);
            good.addAll(afterPoison);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> pipeline.enrichedCount() >= good.size());
            boolean running = enrich.awaitRunning(Duration.ofSeconds(1));

            List<ConsumerRecord<String, DeadLetter>> deadLetters = pipeline.deadLetterRecords();
            Map<String, Long> deadByKind = new LinkedHashMap<>();
            Map<String, String> reasonByKind = new LinkedHashMap<>();
            for (ConsumerRecord<String, DeadLetter> record : deadLetters) {
                DeadLetter letter = record.value();
                String key = letter.getKey() == null ? null
                        : StandardCharsets.UTF_8.decode(letter.getKey().duplicate()).toString();
                String kind = poisonKindByKey.getOrDefault(key, "not poison: " + key);
                deadByKind.merge(kind, 1L, Long::sum);
                reasonByKind.putIfAbsent(kind, letter.getStage() + ", " + letter.getErrorType() + ": "
                        + abbreviate(letter.getErrorMessage()));
                if (poisonKindByKey.containsKey(key)) {
                    assertThat(bytes(letter.getValue())).as("the original bytes of " + key)
                            .isEqualTo(kinds.get(kind));
                }
            }
            Set<String> enriched = pipeline.enrichedRecords().stream().map(r -> r.value().getId())
                    .collect(Collectors.toSet());
            report.figure("poison records written", poisonKindByKey.size() + " (" + EACH_KIND + " of each kind)")
                    .figure("good articles written around them", good.size())
                    .figure("dead letters by kind", deadByKind)
                    .figure("reason given, by kind", reasonByKind)
                    .figure("good articles enriched", enriched.size())
                    .figure("enrich running at the end", running);

            assertThat(deadByKind).as("every poison record dead-lettered, and nothing else")
                    .containsOnlyKeys(kinds.keySet()).allSatisfy((kind, count) -> assertThat(count).isEqualTo(EACH_KIND));
            assertThat(reasonByKind.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(enriched).containsExactlyInAnyOrderElementsOf(good);
            assertThat(running).as("enrich still running").isTrue();
        }
    }

    /** The kinds of poison, by name: bytes that are not a RawArticle in the Confluent wire format. */
    private static Map<String, byte[]> poisonKinds(SchemaRegistryClient registry, String rawTopic) throws IOException {
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("garbage", "this is not Avro at all {\"title\": 1}".getBytes(StandardCharsets.UTF_8));
        kinds.put("empty", new byte[0]);
        kinds.put("unknown schema id", wire(2_000_000_000, new byte[] {2, 65, 66}));
        Schema other = SchemaBuilder.record("Weather").namespace("io.example")
                .fields().requiredString("city").requiredDouble("celsius").endRecord();
        int otherId = registry.register("faults-weather-" + rawTopic + "-value", other);
        GenericRecord weather = new GenericData.Record(other);
        weather.put("city", "Rabat");
        weather.put("celsius", 21.5);
        kinds.put("schema of another subject", wire(otherId, avro(other, weather)));
        int rawId = registry.register(rawTopic + "-value", io.newswire.avro.RawArticle.getClassSchema());
        kinds.put("truncated RawArticle", wire(rawId, new byte[] {12, 'a', 'b'}));
        return kinds;
    }

    private static byte[] wire(int schemaId, byte[] payload) {
        return ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(schemaId).put(payload).array();
    }

    private static byte[] avro(Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static String abbreviate(String message) {
        return message.length() <= 140 ? message : message.substring(0, 140) + "...";
    }
}
