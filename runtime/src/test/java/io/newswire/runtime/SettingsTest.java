package io.newswire.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    private static final Setting<Integer> PORT = Setting.integer("ingest.port", 8080, "port");
    private static final Setting<Duration> TIMEOUT = Setting.duration("ingest.timeout", Duration.ofSeconds(10), "t");
    private static final Setting<Long> MAX = Setting.bytes("ingest.max.request.bytes", 1024, "max");
    private static final Setting<String> KEYS = Setting.string("ingest.api.keys", "", "keys").asSecret();
    private static final List<Setting<?>> DECLARED = List.of(PORT, TIMEOUT, MAX, KEYS);

    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsGiven() {
        Settings settings = Settings.load(DECLARED, List.of(), Map.of());
        assertThat(settings.get(PORT)).isEqualTo(8080);
        assertThat(settings.origin(PORT)).isEqualTo(Settings.Origin.DEFAULT);
    }

    @Test
    void fileBeatsDefaultEnvironmentBeatsFileFlagBeatsEnvironment() throws IOException {
        Path file = dir.resolve("newswire.properties");
        Files.writeString(file, "ingest.port=7001\ningest.timeout=5s\ningest.max.request.bytes=2MiB\n");
        Map<String, String> env = Map.of("NEWSWIRE_CONFIG_FILE", file.toString(), "NEWSWIRE_INGEST_PORT", "7002",
                "NEWSWIRE_INGEST_TIMEOUT", "750ms");

        Settings settings = Settings.load(DECLARED, List.of(), env, "--ingest.port=7003");

        assertThat(settings.get(PORT)).isEqualTo(7003);
        assertThat(settings.origin(PORT)).isEqualTo(Settings.Origin.FLAG);
        assertThat(settings.get(TIMEOUT)).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.origin(TIMEOUT)).isEqualTo(Settings.Origin.ENVIRONMENT);
        assertThat(settings.get(MAX)).isEqualTo(2L * 1024 * 1024);
        assertThat(settings.origin(MAX)).isEqualTo(Settings.Origin.FILE);
    }

    @Test
    void flagsMayNameTheFileAndTakeSpaceSeparatedValues() throws IOException {
        Path file = dir.resolve("a.properties");
        Files.writeString(file, "ingest.port=7001\n");

        Settings settings = Settings.load(DECLARED, List.of(), Map.of(), "--config", file.toString(),
                "--ingest.timeout", "2m");

        assertThat(settings.get(PORT)).isEqualTo(7001);
        assertThat(settings.get(TIMEOUT)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void passThroughKeysReachTheClientsFromEveryLayer() {
        Map<String, String> env = Map.of("NEWSWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSWIRE_KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;");

        Settings settings = Settings.load(DECLARED, List.of("kafka."), env, "--kafka.linger.ms=20");

        assertThat(settings.passThrough("kafka.")).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("linger.ms", "20")
                .containsKey("sasl.jaas.config");
    }

    @Test
    void secretsNeverAppearInTheDescription() {
        Settings settings = Settings.load(DECLARED, List.of("kafka."), Map.of(
                "NEWSWIRE_INGEST_API_KEYS", "k1:hespress:abcdef",
                "NEWSWIRE_KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required password=\"hunter2\";",
                "NEWSWIRE_KAFKA_SSL_KEYSTORE_PASSWORD", "hunter3"));

        String description = String.join("\n", settings.describe());

        assertThat(description).doesNotContain("abcdef").doesNotContain("hunter2").doesNotContain("hunter3")
                .contains("ingest.api.keys = [redacted] (environment)")
                .contains("kafka.sasl.jaas.config = [redacted]");
    }

    @Test
    void aBadValueNamesTheSettingItsVariableAndWhereItCameFrom() {
        assertThatThrownBy(() -> Settings.load(DECLARED, List.of(), Map.of("NEWSWIRE_INGEST_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingest.port")
                .hasMessageContaining("NEWSWIRE_INGEST_PORT")
                .hasMessageContaining("environment")
                .hasMessageContaining("'eighty'")
                .hasMessageContaining("not a whole number");
    }

    @Test
    void aBadSecretIsNotEchoed() {
        Setting<Integer> secretNumber = Setting.integer("ingest.secret.number", 1, "x").asSecret();
        assertThatThrownBy(() -> Settings.load(List.of(secretNumber), List.of(), Map.of(), "--ingest.secret.number=s3cret"))
                .hasMessageNotContaining("s3cret")
                .hasMessageContaining("[redacted]");
    }

    @Test
    void anUnknownFlagIsAnErrorThatSuggestsTheNearestKey() {
        assertThatThrownBy(() -> Settings.load(DECLARED, List.of("kafka."), Map.of(), "--port=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown setting 'port'")
                .hasMessageContaining("did you mean ingest.port?");
    }

    @Test
    void unrelatedEnvironmentVariablesAreIgnored() {
        Settings settings = Settings.load(DECLARED, List.of(), Map.of("NEWSWIRE_JAVA_OPTS", "-Xmx1g", "PATH", "/bin"));
        assertThat(settings.get(PORT)).isEqualTo(8080);
    }

    @Test
    void durationsAndSizesReadTheirUnits() {
        assertThat(Setting.parseDuration("250")).isEqualTo(Duration.ofMillis(250));
        assertThat(Setting.parseDuration("3h")).isEqualTo(Duration.ofHours(3));
        assertThat(Setting.parseBytes("64KiB")).isEqualTo(65536);
        assertThat(Setting.parseBytes("1g")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> Setting.parseBytes("lots")).hasMessageContaining("not a size");
    }
}
