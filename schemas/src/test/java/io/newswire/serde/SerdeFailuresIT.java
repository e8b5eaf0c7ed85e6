package io.newswire.serde;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.FailedStage;
import io.newswire.avro.RawArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.registry.SchemaRegistryUnavailableException;
import io.newswire.schema.ArticleFixtures;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a record can fail to decode gives a clear exception that names the problem, never a corrupt record. */
@WithNewswireStack
class SerdeFailuresIT {
    private SchemaRegistryClient registry;
    private String topic;

    @BeforeEach
    void setUp(NewswireStack stack) {
        registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        topic = TestTopics.unique("it.serde");
    }

    @Test
    void unknownSchemaId() {
        byte[] bytes = serialize(ArticleFixtures.rawArticle("x"));
        ByteBuffer.wrap(bytes).put(1, (byte) 0x7f); // id 0x7fxxxxxx: never handed out

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("which the schema registry does not know");
    }

    @Test
    void notTheWireFormat() {
        byte[] json = "{\"title\":\"hello\"}".getBytes();

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not the magic byte");
    }

    @Test
    void aSchemaOfAnotherRecord() {
        DeadLetter letter = DeadLetter.newBuilder()
                .setTopic("t").setPartition(0).setOffset(1).setStage(FailedStage.ENRICH)
                .setErrorType("E").setErrorMessage("m").setApplication("test").setFailedAt(Instant.now())
                .build();
        byte[] bytes = new SpecificAvroSerializer<DeadLetter>(registry, true, SubjectNameStrategy.TOPIC_NAME, false)
                .serialize(topic, letter);

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot be read as io.newswire.avro.RawArticle");
    }

    @Test
    void truncatedAvro() {
        byte[] bytes = serialize(ArticleFixtures.rawArticle("x"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not valid Avro");
    }

    @Test
    void anUnreachableRegistryIsAnOutageNotABadRecord() throws IOException {
        byte[] bytes = serialize(ArticleFixtures.rawArticle("x"));
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        SchemaRegistryClient unreachable = new SchemaRegistryClient(SchemaRegistryClientConfig
                .of("http://127.0.0.1:" + deadPort).withRequestTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(unreachable, RawArticle.class).deserialize(topic, bytes))
                .isInstanceOf(SerializationException.class)
                .satisfies(e -> assertThat(SchemaRegistryUnavailableException.isCauseOf(e)).isTrue());
        assertThatThrownBy(() -> new SpecificAvroSerializer<RawArticle>(unreachable, true,
                SubjectNameStrategy.TOPIC_NAME, false).serialize(topic, ArticleFixtures.rawArticle("y")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot register io.newswire.avro.RawArticle")
                .satisfies(e -> assertThat(SchemaRegistryUnavailableException.isCauseOf(e)).isTrue());
    }

    @Test
    void withoutAutoRegistrationAnUnregisteredSchemaIsNamed() {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registry.config().urls().getFirst().toString(),
                "auto.register.schemas", "false"), false);

        assertThatThrownBy(() -> serializer.serialize(topic, ArticleFixtures.rawArticle("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("auto.register.schemas is off")
                .hasMessageContaining(topic + "-value");
    }

    private byte[] serialize(RawArticle article) {
        return new SpecificAvroSerializer<RawArticle>(registry, true, SubjectNameStrategy.TOPIC_NAME, false)
                .serialize(topic, article);
    }
}
