package io.newswire.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A Newswire service in a JVM of its own, on the test's class path, so that it can be killed outright (SIGKILL: no
 * shutdown hook, no final commit) or held to a small heap. Its output goes to {@code target/fault-logs/<name>.log}.
 */
final class ChildJvm implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(String name, String mainClass, String maxHeap, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        try {
            Path log = Path.of("target", "fault-logs", name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new ChildJvm(name, process, log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
    }

    /** Waits until {@code url} answers 200 (a readiness endpoint), failing fast if the process dies. */
    ChildJvm awaitReady(String url, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(300))
                .failFast(name + " exited (see " + log + ")", () -> !process.isAlive())
                .until(() -> {
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return this;
    }

    /** Waits until the process has printed {@code marker}, failing fast if it dies first. */
    ChildJvm awaitOutput(String marker, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .failFast(name + " exited (see " + log + ")", () -> !process.isAlive())
                .until(() -> output().contains(marker));
        return this;
    }

    /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
