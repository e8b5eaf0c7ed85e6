package io.newswire.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Apicurio Registry 3 as a child process, with its Confluent-compatible API at {@code /apis/ccompat/v7}. Every
 * port is on loopback; the global compatibility rule is BACKWARD, as in Confluent Schema Registry (Apicurio's own
 * default is none).
 *
 * <p>The child never outlives this process: {@link #stop()} ends it, a shutdown hook ends it on Ctrl-C, and a small
 * shell watchdog ends it when this process dies without running its hooks (kill -9).
 */
public final class ApicurioRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final int KEPT_LOG_LINES = 40;
    /** Runs the registry in the background and kills it when the parent pid disappears. */
    private static final String WATCHDOG = """
            "$@" &
            child=$!
            trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 0' TERM INT HUP
            while kill -0 "$NEWSWIRE_PARENT_PID" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
            kill -TERM "$child" 2>/dev/null
            wait "$child"
            """;

    private final Process process;
    private final int port;
    private final Thread shutdownHook;
    /** Stop and the shutdown hook may race on Ctrl-C: one of them does the work. */
    private final AtomicBoolean destroyed = new AtomicBoolean();

    private ApicurioRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::destroy, "apicurio-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the registry and waits until it listens (about 5 s; at most {@code settings.startTimeout()}). */
    public static ApicurioRegistry start(RegistrySettings settings) {
        Path home = settings.home().orElseGet(ApicurioRegistry::defaultHome);
        Path runner = home.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("Apicurio Registry is not unpacked at " + home
                    + ": build the project first (./newswire build), or point NEWSWIRE_REGISTRY_HOME at it");
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/bin/sh"))) {
            command.addAll(List.of("/bin/sh", "-c", WATCHDOG, "newswire-registry-watchdog"));
        }
        command.add(javaExecutable());
        command.add("-Xmx" + settings.maxHeapMb() + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + settings.port());
        command.add("-Dquarkus.management.host=127.0.0.1");
        command.add("-Dquarkus.management.port=0");
        command.add("-Dapicurio.rules.global.compatibility=BACKWARD");
        settings.databaseFile().ifPresent(file -> command.add(
                "-Dapicurio.datasource.url=jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"));
        command.add("-jar");
        command.add(runner.toString());

        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("NEWSWIRE_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Apicurio Registry from " + home, e);
        }
        LogFollower follower = new LogFollower(process.getInputStream(), settings.logFile());
        Thread.ofPlatform().daemon().name("apicurio-registry-log").start(follower);
        int port;
        try {
            port = follower.listeningPort().get(settings.startTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Apicurio Registry did not start within " + settings.startTimeoutSeconds()
                    + " s" + (process.isAlive() ? "" : " (it exited)") + ". Last lines:\n" + follower.lastLines(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while starting Apicurio Registry", e);
        }
        log.info("{} up on 127.0.0.1:{} in {} ms", settings.home().isPresent() ? "Apicurio Registry at " + home : version(),
                port, (System.nanoTime() - started) / 1_000_000);
        return new ApicurioRegistry(process, port);
    }

    /** The Confluent-compatible API's base URL, what {@code schema.registry.url} should be. */
    public String confluentApiUrl() {
        return "http://127.0.0.1:" + port + CCOMPAT_PATH;
    }

    public int port() {
        return port;
    }

    /** The process we started (the watchdog shell, or the registry's JVM where there is no shell). */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public synchronized void stop() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; nothing to remove.
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void destroy() {
        if (!destroyed.compareAndSet(false, true) || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        log.info("Apicurio Registry on 127.0.0.1:{} stopped", port);
    }

    /** The JVM running us: the project needs 21+, and so does Apicurio. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static Path defaultHome() {
        String fromEnv = System.getenv("NEWSWIRE_REGISTRY_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(buildProperties().getProperty("apicurio.home"));
    }

    static String version() {
        return "Apicurio Registry " + buildProperties().getProperty("apicurio.version");
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = ApicurioRegistry.class.getResourceAsStream("stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack.properties is missing from the newswire-stack jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * How to run the registry.
     *
     * @param home           the unpacked distribution; empty for the one the build unpacked
     * @param port           HTTP port on 127.0.0.1, 0 for a free one
     * @param databaseFile   an H2 file that keeps schemas across restarts; empty keeps them in memory
     * @param logFile        where the registry's own output goes; empty to keep only the last lines for errors
     * @param maxHeapMb      the child's maximum heap
     * @param startTimeoutSeconds how long to wait for it to listen
     */
    public record RegistrySettings(Optional<Path> home, int port, Optional<Path> databaseFile, Optional<Path> logFile,
                                   int maxHeapMb, int startTimeoutSeconds) {
        public static RegistrySettings inMemoryOnFreePort() {
            return new RegistrySettings(Optional.empty(), 0, Optional.empty(), Optional.empty(), 256, 120);
        }

        public RegistrySettings withLogFile(Path file) {
            return new RegistrySettings(home, port, databaseFile, Optional.of(file), maxHeapMb, startTimeoutSeconds);
        }
    }

    /** Copies the child's output to its log file and watches it for the line that says it listens. */
    private static final class LogFollower implements Runnable {
        private final InputStream output;
        private final Optional<Path> logFile;
        private final CompletableFuture<Integer> listeningPort = new CompletableFuture<>();
        private final Deque<String> lastLines = new ArrayDeque<>();

        LogFollower(InputStream output, Optional<Path> logFile) {
            this.output = output;
            this.logFile = logFile;
        }

        CompletableFuture<Integer> listeningPort() {
            return listeningPort;
        }

        synchronized String lastLines() {
            return String.join("\n", lastLines);
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                 Writer log = openLog()) {
                String line;
                while ((line = reader.readLine()) != null) {
                    remember(line);
                    if (log != null) {
                        log.write(line);
                        log.write('\n');
                        log.flush();
                    }
                    if (!listeningPort.isDone()) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            listeningPort.complete(Integer.parseInt(m.group(1)));
                        }
                    }
                }
            } catch (IOException e) {
                listeningPort.completeExceptionally(e);
            }
            listeningPort.completeExceptionally(new IllegalStateException("Apicurio Registry exited"));
        }

        private synchronized void remember(String line) {
            if (lastLines.size() == KEPT_LOG_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        }

        private Writer openLog() throws IOException {
            if (logFile.isEmpty()) {
                return null;
            }
            Files.createDirectories(logFile.get().toAbsolutePath().getParent());
            return Files.newBufferedWriter(logFile.get(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
