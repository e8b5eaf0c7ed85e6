package io.newswire.serde;

import io.newswire.avro.RawArticle;
import io.newswire.registry.CompatibilityLevel;
import io.newswire.registry.IncompatibleSchemaException;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.schema.ArticleFixtures;
import io.newswire.schema.SchemaEdits;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithContainerStack;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same contract against Confluent's own Schema Registry and Apache Kafka in Docker: what runs unchanged against
 * Apicurio must run unchanged against Confluent. Skipped where there is no Docker engine.
 */
@WithContainerStack
class ConfluentRegistryContainerIT {

    @Test
    void roundTripAndCompatibilityAgainstConfluentSchemaRegistry(NewswireStack stack) throws Exception {
        String topic = TestTopics.create(stack, TestTopics.unique("it.confluent"), 1);
        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        RawArticle article = ArticleFixtures.rawArticle("c-1");

        byte[] bytes = WireFormatRoundTripIT.produceAndReadBack(stack, registry, topic, article).value();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt())
                .isEqualTo(registry.lookup(topic + "-value", RawArticle.getClassSchema()).id());
        assertThat(new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(topic, bytes)).isEqualTo(article);

        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> registry.register(topic + "-value",
                SchemaEdits.withFieldType(RawArticle.getClassSchema(), "title", "[\"null\", \"int\"]")))
                .isInstanceOf(IncompatibleSchemaException.class);
    }
}
