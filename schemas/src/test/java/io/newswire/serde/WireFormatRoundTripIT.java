package io.newswire.serde;

import io.newswire.avro.RawArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.schema.ArticleFixtures;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Our serializer to the real broker and back, with the schema in the real registry. */
@WithNewswireStack
class WireFormatRoundTripIT {

    @Test
    void rawArticleRoundTripsInTheConfluentWireFormat(NewswireStack stack) throws Exception {
        String topic = TestTopics.create(stack, TestTopics.unique("it.roundtrip"), 1);
        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        RawArticle article = ArticleFixtures.rawArticle("a-1");

        ConsumerRecord<String, byte[]> record = produceAndReadBack(stack, registry, topic, article);

        byte[] bytes = record.value();
        int registeredId = registry.lookup(topic + "-value", RawArticle.getClassSchema()).id();
        assertThat(bytes[0]).as("magic byte").isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).as("schema id after the magic byte").isEqualTo(registeredId);
        assertThat(record.key()).isEqualTo("a-1");

        RawArticle back = new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, bytes);
        assertThat(back).isEqualTo(article);
    }

    @Test
    void kafkaConfiguresTheSerdesFromConfluentStyleSettings(NewswireStack stack) throws Exception {
        String topic = TestTopics.create(stack, TestTopics.unique("it.configured"), 1);
        Map<String, Object> config = producerConfig(stack);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, SpecificAvroSerializer.class.getName());
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy");
        RawArticle article = ArticleFixtures.rawArticle("a-2");

        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, article.getId(), article)).get();
        }

        SpecificAvroDeserializer<RawArticle> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
        List<ConsumerRecord<String, RawArticle>> records = RecordReader.read(stack, topic, deserializer, 1,
                Duration.ofSeconds(20));
        assertThat(records).extracting(ConsumerRecord::value).containsExactly(article);
        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        assertThat(registry.subjects()).contains("io.newswire.avro.RawArticle");
    }

    /** Produces the article with our serializer and reads its bytes back off the topic. */
    static ConsumerRecord<String, byte[]> produceAndReadBack(NewswireStack stack, SchemaRegistryClient registry,
                                                             String topic, RawArticle article) throws Exception {
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerConfig(stack),
                new StringSerializer(), new SpecificAvroSerializer<>(registry, true, SubjectNameStrategy.TOPIC_NAME, false))) {
            producer.send(new ProducerRecord<>(topic, article.getId(), article)).get();
        }
        List<ConsumerRecord<String, byte[]>> records = RecordReader.readBytes(stack, topic, 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    static Map<String, Object> producerConfig(NewswireStack stack) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
