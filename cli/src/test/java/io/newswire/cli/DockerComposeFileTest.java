package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.enrich.EnrichSettings;
import io.newswire.ingest.ApiKeyStore;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Setting;
import io.newswire.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * docker-compose.yml and the Dockerfiles, checked without Docker: the file parses, every image is pinned to the
 * versions of the parent POM, every service has a health check, and every variable given to ingest and enrich is
 * one they read, with a value they accept.
 */
class DockerComposeFileTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}");
    /** Read by something other than Newswire's settings: logback (deploy/logback.xml) and the JVM. */
    private static final Set<String> READ_ELSEWHERE = Set.of("NEWSWIRE_LOG_LEVEL", "JAVA_TOOL_OPTIONS");

    private final JsonNode compose = parse(ROOT.resolve("docker-compose.yml"));

    @Test
    void runsTheBrokerTheRegistryAndBothServices() {
        assertThat(names(compose.path("services"))).containsExactlyInAnyOrder("kafka", "schema-registry", "ingest", "enrich");
    }

    @Test
    void pinsTheImagesOfTheParentPom() {
        assertThat(compose.at("/services/kafka/image").asText()).isEqualTo(System.getProperty("newswire.image.kafka"));
        assertThat(compose.at("/services/schema-registry/image").asText())
                .isEqualTo(System.getProperty("newswire.image.schema-registry"));
        compose.path("services").properties().forEach(service -> {
            String image = service.getValue().path("image").asText();
            assertThat(image).as(service.getKey()).matches("[a-z0-9./-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest
    @CsvSource({"ingest, ingest/Dockerfile", "enrich, enrich/Dockerfile"})
    void buildsEachServiceFromItsModuleOnAPinnedJavaImage(String service, String dockerfile) throws IOException {
        assertThat(compose.at("/services/" + service + "/build/dockerfile").asText()).isEqualTo(dockerfile);
        String text = Files.readString(ROOT.resolve(dockerfile));
        assertThat(text).contains("ARG JAVA_IMAGE=" + System.getProperty("newswire.image.java") + "\n")
                .contains("FROM ${JAVA_IMAGE}\n")
                .contains("USER newswire");
        Matcher copied = Pattern.compile("(?m)^COPY ([^\\n]+) \\S+$").matcher(text);
        while (copied.find()) {
            for (String source : copied.group(1).split(" ")) {
                assertThat(source).as("copied from the module's build or deploy/").matches(
                        "(" + service + "/target/.+|deploy/.+)");
            }
        }
    }

    @Test
    void everyServiceHasAHealthCheckAndStartsAfterWhatItNeeds() {
        compose.path("services").properties().forEach(service ->
                assertThat(service.getValue().at("/healthcheck/test").isArray()).as(service.getKey() + " health check").isTrue());
        for (String service : List.of("ingest", "enrich")) {
            assertThat(compose.at("/services/" + service + "/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
            assertThat(compose.at("/services/" + service + "/depends_on/schema-registry/condition").asText())
                    .isEqualTo("service_healthy");
        }
    }

    @ParameterizedTest
    @CsvSource({"ingest", "enrich"})
    void setsOnlyVariablesTheServiceReadsWithValuesItAccepts(String service) {
        List<Setting<?>> declared = service.equals("ingest") ? IngestSettings.all() : EnrichSettings.all();
        Map<String, String> environment = environment(service);
        assertThat(environment).containsKeys("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "NEWSWIRE_SCHEMA_REGISTRY_URL");

        environment.forEach((name, value) -> {
            if (READ_ELSEWHERE.contains(name)) {
                return;
            }
            Settings settings = Settings.load(declared, ClusterSettings.PASS_THROUGH, Map.of(name, value));
            boolean declaredSetting = declared.stream()
                    .anyMatch(setting -> settings.origin(setting) == Settings.Origin.ENVIRONMENT);
            boolean passedThrough = ClusterSettings.PASS_THROUGH.stream()
                    .anyMatch(prefix -> !settings.passThrough(prefix).isEmpty());
            assertThat(declaredSetting || passedThrough).as(service + " reads " + name).isTrue();
        });
        assertThatCode(() -> Settings.load(declared, ClusterSettings.PASS_THROUGH, environment))
                .as("every value parses").doesNotThrowAnyException();
    }

    @Test
    void asksForApiKeysInsteadOfShippingOne() {
        assertThat(compose.at("/services/ingest/environment/NEWSWIRE_INGEST_API_KEYS").asText())
                .startsWith("${NEWSWIRE_INGEST_API_KEYS:?");
    }

    /** A service's variables as Compose gives them, the file's ${...} resolved as Compose resolves them. */
    private Map<String, String> environment(String service) {
        Map<String, String> shell = Map.of("NEWSWIRE_INGEST_API_KEYS", ApiKeyStore.generate("compose-test", "demo").entry());
        Map<String, String> environment = new LinkedHashMap<>();
        compose.at("/services/" + service + "/environment").properties()
                .forEach(variable -> environment.put(variable.getKey(), interpolate(variable.getValue().asText(), shell)));
        return environment;
    }

    private static String interpolate(String value, Map<String, String> shell) {
        Matcher reference = INTERPOLATION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String given = shell.get(reference.group(1));
            String operator = reference.group(2);
            String replacement;
            if (operator != null && operator.endsWith("-")) {
                replacement = given == null || (operator.startsWith(":") && given.isEmpty()) ? reference.group(3) : given;
            } else {
                assertThat(given).as("a value for required variable " + reference.group(1)).isNotNull();
                replacement = given;
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(resolved).toString();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("docker-compose.yml does not parse: " + e.getMessage(), e);
        }
    }
}
