package io.newswire.registry;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.schema.SchemaEdits;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry client against the real registry of the run (Apicurio's ccompat API, or Confluent's in containers). */
@WithNewswireStack
class SchemaRegistryClientIT {
    private SchemaRegistryClient registry;
    private String subject;

    @BeforeEach
    void setUp(NewswireStack stack) {
        registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        subject = TestTopics.unique("it.client") + "-value";
    }

    @Test
    void registersLooksUpAndFetchesById() {
        int id = registry.register(subject, RawArticle.getClassSchema());

        assertThat(registry.register(subject, RawArticle.getClassSchema())).as("registering again").isEqualTo(id);
        RegisteredSchema found = registry.lookup(subject, RawArticle.getClassSchema());
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(registry.latest(subject).schema()).isEqualTo(RawArticle.getClassSchema());
        assertThat(registry.versions(subject)).containsExactly(1);
        assertThat(registry.subjects()).contains(subject);

        SchemaRegistryClient fresh = new SchemaRegistryClient(registry.config());
        assertThat(fresh.schemaById(id)).isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void aCompatibleChangeBecomesTheNextVersion() {
        registry.register(subject, RawArticle.getClassSchema());
        Schema evolved = SchemaEdits.withAddedField(RawArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"x\"}");

        assertThat(registry.isCompatible(subject, evolved)).isTrue();
        int id = registry.register(subject, evolved);

        assertThat(registry.latest(subject).version()).isEqualTo(2);
        assertThat(registry.latest(subject).id()).isEqualTo(id);
    }

    @Test
    void theRegistryRefusesAnIncompatibleRawArticle() {
        registry.register(subject, RawArticle.getClassSchema());
        Schema retyped = SchemaEdits.withFieldType(RawArticle.getClassSchema(), "title", "[\"null\", \"int\"]");

        assertThat(registry.isCompatible(subject, retyped)).isFalse();
        assertThatThrownBy(() -> registry.register(subject, retyped))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("409")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(409));
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void theGlobalRuleIsBackwardAndSubjectsCanOverrideIt() {
        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        registry.register(subject, DeadLetter.getClassSchema());
        assertThat(registry.compatibility(subject)).isEqualTo(CompatibilityLevel.BACKWARD);

        registry.setCompatibility(subject, CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(registry.compatibility(subject)).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> registry.schemaById(987_654))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("987654");
    }

    @Test
    void anUnknownSubjectIsNotFound() {
        assertThatThrownBy(() -> registry.latest(subject))
                .isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void anUnreachableRegistryIsReportedAsUnavailable() throws IOException {
        SchemaRegistryClient nowhere = new SchemaRegistryClient(
                SchemaRegistryClientConfig.of("http://127.0.0.1:" + closedPort()).withRequestTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(nowhere::ping)
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageContaining("unreachable")
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void failsOverToTheNextUrlWhenOneIsDown(NewswireStack stack) throws IOException {
        // A generous timeout: this may be the first registration of the run, and a cold registry on a busy 2-core
        // machine has taken more than the default 5 s to answer it. The failover is what is tested here.
        SchemaRegistryClient twoUrls = new SchemaRegistryClient(SchemaRegistryClientConfig.of(
                "http://127.0.0.1:" + closedPort() + "," + stack.schemaRegistryUrl()).withRequestTimeout(Duration.ofSeconds(30)));

        int id = twoUrls.register(subject, RawArticle.getClassSchema());

        assertThat(registry.schemaById(id)).isEqualTo(RawArticle.getClassSchema());
    }

    /** A loopback port on which nothing listens. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
