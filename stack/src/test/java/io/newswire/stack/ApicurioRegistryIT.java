package io.newswire.stack;

import io.newswire.stack.ApicurioRegistry.RegistrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ApicurioRegistryIT {
    private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"A\\\","
            + "\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"}]}\"}";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void servesTheConfluentApiOnLoopbackWithABackwardGlobalRule() throws Exception {
        try (ApicurioRegistry registry = ApicurioRegistry.start(RegistrySettings.inMemoryOnFreePort())) {
            assertThat(registry.confluentApiUrl()).startsWith("http://127.0.0.1:").endsWith("/apis/ccompat/v7");
            assertThat(get(registry.confluentApiUrl() + "/config")).contains("\"compatibilityLevel\":\"BACKWARD\"");
        }
    }

    @Test
    void keepsSchemasAcrossRestartsInItsDatabaseFile() throws Exception {
        RegistrySettings persistent = new RegistrySettings(Optional.empty(), 0, Optional.of(dir.resolve("schemas")),
                Optional.of(dir.resolve("registry.log")), 256, 120);
        String id;
        try (ApicurioRegistry registry = ApicurioRegistry.start(persistent)) {
            id = post(registry.confluentApiUrl() + "/subjects/t-value/versions", SCHEMA).replaceAll("\\D", "");
        }
        try (ApicurioRegistry again = ApicurioRegistry.start(persistent)) {
            assertThat(get(again.confluentApiUrl() + "/schemas/ids/" + id)).contains("\\\"name\\\":\\\"A\\\"");
        }
        assertThat(Files.readString(dir.resolve("registry.log"))).contains("Listening on");
    }

    @Test
    void stopEndsTheWholeProcessTree() {
        ApicurioRegistry registry = ApicurioRegistry.start(RegistrySettings.inMemoryOnFreePort());
        ProcessHandle process = ProcessHandle.of(registry.pid()).orElseThrow();
        List<ProcessHandle> tree = process.descendants().toList();

        registry.stop();

        assertThat(process.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void theRegistryDiesWithItsParentEvenWhenTheParentIsKilled() throws Exception {
        for (boolean forcibly : new boolean[] {false, true}) {
            Process parent = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    RegistryParent.class.getName()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            long registryPid = -1;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("registry-pid=")) {
                    registryPid = Long.parseLong(line.substring("registry-pid=".length()).trim());
                    break;
                }
            }
            assertThat(registryPid).as("the parent started a registry").isPositive();
            ProcessHandle registry = ProcessHandle.of(registryPid).orElseThrow();
            List<ProcessHandle> tree = registry.descendants().toList();

            if (forcibly) {
                parent.destroyForcibly(); // kill -9: no shutdown hook runs, the watchdog must act
            } else {
                parent.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the registry
            }
            parent.waitFor(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(registry.isAlive()).isFalse();
                assertThat(tree).noneMatch(ProcessHandle::isAlive);
            });
        }
    }

    /** A parent process that starts a registry and waits to be killed. */
    public static final class RegistryParent {
        public static void main(String[] args) throws InterruptedException {
            ApicurioRegistry registry = ApicurioRegistry.start(RegistrySettings.inMemoryOnFreePort());
            System.out.println("registry-pid=" + registry.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String url, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
