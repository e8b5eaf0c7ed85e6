package io.newswire.stack;

import io.newswire.stack.ApicurioRegistry.RegistrySettings;
import io.newswire.stack.EmbeddedKafkaBroker.KafkaBrokerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The broker and the registry together, started side by side (about 6 s in all instead of 9): what
 * {@code newswire up} and the integration tests run on.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final EmbeddedKafkaBroker broker;
    private final ApicurioRegistry registry;
    private final Duration startupTime;

    private LocalStack(EmbeddedKafkaBroker broker, ApicurioRegistry registry, Duration startupTime) {
        this.broker = broker;
        this.registry = registry;
        this.startupTime = startupTime;
    }

    /**
     * Where the stack keeps its data and which ports it takes. Ports of 0 are picked free; a persistent stack keeps
     * both the broker's log and the registry's schemas under {@code dataDir}, so ids on the topics stay valid.
     */
    public record Settings(Path dataDir, int kafkaPort, int controllerPort, int registryPort,
                           boolean persistentRegistry) {
        /** Fixed ports and persistent data, for running the system. */
        public static Settings system(Path dataDir, int kafkaPort, int controllerPort, int registryPort) {
            return new Settings(dataDir, kafkaPort, controllerPort, registryPort, true);
        }

        /** Free ports and an in-memory registry, for tests that run side by side. */
        public static Settings forTests(Path dataDir) {
            return new Settings(dataDir, 0, 0, 0, false);
        }
    }

    public static LocalStack start(Settings settings) {
        long started = System.nanoTime();
        Path registryDir = settings.dataDir().resolve("registry");
        RegistrySettings registrySettings = new RegistrySettings(Optional.empty(), settings.registryPort(),
                settings.persistentRegistry() ? Optional.of(registryDir.resolve("schemas")) : Optional.empty(),
                Optional.of(settings.dataDir().resolve("logs").resolve("registry.log")), 256, 120);
        CompletableFuture<ApicurioRegistry> registry = CompletableFuture.supplyAsync(
                () -> ApicurioRegistry.start(registrySettings), runnable -> Thread.ofVirtual().start(runnable));
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(new KafkaBrokerSettings(settings.dataDir().resolve("kafka"),
                    settings.kafkaPort(), settings.controllerPort(), Map.of()));
        } catch (RuntimeException e) {
            registry.thenAccept(ApicurioRegistry::stop);
            throw e;
        }
        try {
            ApicurioRegistry running = registry.join();
            Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
            log.info("Local stack up in {} ms: Kafka {} , schema registry {}", startupTime.toMillis(),
                    broker.bootstrapServers(), running.confluentApiUrl());
            return new LocalStack(broker, running, startupTime);
        } catch (CompletionException e) {
            broker.stop();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public ApicurioRegistry registry() {
        return registry;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.confluentApiUrl();
    }

    /** How long {@link #start} took, broker and registry both ready. */
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public void close() {
        try {
            registry.stop();
        } finally {
            broker.stop();
        }
    }
}
