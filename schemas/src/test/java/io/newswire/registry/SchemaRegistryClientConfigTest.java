package io.newswire.registry;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryClientConfigTest {

    @Test
    void readsConfluentKeysFromAKafkaConfiguration() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.fromKafkaConfig(Map.of(
                "schema.registry.url", "http://a:8081/, http://b:8081/apis/ccompat/v7",
                "basic.auth.user.info", "user:s3cret",
                "schema.registry.request.timeout.ms", "1500"));

        assertThat(config.urls()).containsExactly(URI.create("http://a:8081"),
                URI.create("http://b:8081/apis/ccompat/v7"));
        assertThat(config.userInfo()).contains("user:s3cret");
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void neverPrintsCredentials() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.of("http://a:8081").withUserInfo("user:s3cret");
        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("user:").contains("[redacted]");
    }

    @Test
    void namesTheMissingUrl() {
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromKafkaConfig(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema.registry.url");
    }
}
