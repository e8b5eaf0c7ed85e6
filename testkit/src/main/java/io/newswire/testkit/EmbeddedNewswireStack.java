package io.newswire.testkit;

import io.newswire.stack.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The in-process KRaft broker and an Apicurio child process, on free loopback ports, data in a temporary folder. */
final class EmbeddedNewswireStack implements NewswireStack, AutoCloseable {
    private final Path dataDir;
    private final LocalStack stack;

    private EmbeddedNewswireStack(Path dataDir, LocalStack stack) {
        this.dataDir = dataDir;
        this.stack = stack;
    }

    static EmbeddedNewswireStack start() {
        try {
            Path dataDir = Files.createTempDirectory("newswire-test-stack-");
            return new EmbeddedNewswireStack(dataDir, LocalStack.start(LocalStack.Settings.forTests(dataDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public void stopBroker() {
        stack.broker().stop();
    }

    @Override
    public void startBroker() {
        stack.broker().restart();
    }

    @Override
    public boolean canRestartBroker() {
        return true;
    }

    @Override
    public long startupMillis() {
        return stack.startupTime().toMillis();
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is not worth failing a test run for.
        }
    }
}
