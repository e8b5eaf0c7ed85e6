package io.newswire.cli;

import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Setting;
import io.newswire.runtime.Settings;
import io.newswire.stack.LocalStack;
import io.newswire.stack.ScratchFolder;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import io.newswire.topics.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Runs Newswire on this machine until Ctrl-C: a real Kafka broker and schema registry with Newswire's topics, and
 * the services on them.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Run Newswire on this machine until Ctrl-C. Data is kept in the data folder across runs.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:NEWSWIRE_DATA_DIR:-data}",
            description = "Where the broker and the registry keep their data (env NEWSWIRE_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--reset", description = "Delete the data folder first: every topic and schema starts empty.")
    boolean reset;

    @Option(names = "--kafka-port", defaultValue = "${env:NEWSWIRE_KAFKA_PORT:-9092}",
            description = "Kafka broker port on 127.0.0.1 (env NEWSWIRE_KAFKA_PORT, default ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--controller-port", defaultValue = "${env:NEWSWIRE_KAFKA_CONTROLLER_PORT:-9093}",
            description = "KRaft controller port on 127.0.0.1 (env NEWSWIRE_KAFKA_CONTROLLER_PORT, default ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--registry-port", defaultValue = "${env:NEWSWIRE_REGISTRY_PORT:-8081}",
            description = "Schema registry port on 127.0.0.1 (env NEWSWIRE_REGISTRY_PORT, default ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--samples", negatable = true, defaultValue = "${env:NEWSWIRE_UP_SAMPLES:-true}", fallbackValue = "true",
            description = "Load the sample articles (the reference Arabic article and a few in other languages) into a new "
                    + "data folder; --no-samples starts empty (env NEWSWIRE_UP_SAMPLES, default ${DEFAULT-VALUE}).")
    boolean samples;

    @Option(names = "--partitions", defaultValue = "${env:NEWSWIRE_TOPIC_PARTITIONS:-3}",
            description = "Partitions of the topics it creates (env NEWSWIRE_TOPIC_PARTITIONS, default ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        if (reset) {
            ScratchFolder.delete(dataDir);
        }
        Files.createDirectories(dataDir);
        Path data = dataDir.toAbsolutePath().normalize();
        LocalStack stack = LocalStack.start(LocalStack.Settings.system(data, kafkaPort, controllerPort, registryPort));
        CountDownLatch stopped = new CountDownLatch(1);
        List<AutoCloseable> services = new CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nnewswire: stopping...");
            // Services first (they drain into Kafka), then the stack they write to.
            services.reversed().forEach(UpCommand::closeQuietly);
            stack.close();
            stopped.countDown();
        }, "newswire-up-shutdown"));

        List<TopicSpec> topics = NewswireTopics.core(partitions, (short) 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            new TopicProvisioner(admin).ensure(topics);
        }
        IngestService ingest = IngestService.start(serviceSettings(IngestSettings.all(), stack));
        services.add(ingest);
        EnrichService enrich = EnrichApp.start(serviceSettings(EnrichSettings.all(), stack,
                "--enrich.state.dir=" + data.resolve("enrich-state")));
        services.add(enrich);
        printBanner(System.out, stack, data, topics, ingest.url(), enrich.managementPort());
        if (samples) {
            reportSamples(System.out, new SampleLoader(data, ingest.url()).loadOnce());
        }
        stopped.await();
        return 0;
    }

    /**
     * A service's settings on this stack: the environment and defaults as ever, with the stack's addresses as flags
     * (they win), and topics already created.
     */
    static Settings serviceSettings(List<Setting<?>> declared, LocalStack stack, String... more) {
        List<String> flags = new java.util.ArrayList<>(List.of(
                "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(),
                "--topics.create=false"));
        flags.addAll(List.of(more));
        return Settings.load(declared, ClusterSettings.PASS_THROUGH, System.getenv(), flags.toArray(String[]::new));
    }

    private static void reportSamples(PrintStream out, SampleLoader.Outcome outcome) {
        switch (outcome) {
            case SampleLoader.Outcome.Loaded loaded -> out.printf("Loaded %d sample articles (ar, en, fr, es, de, it): "
                    + "./newswire tail --from beginning%n", loaded.ids().size());
            case SampleLoader.Outcome.AlreadyLoaded already -> out.println("Sample articles: loaded on an earlier run.");
            case SampleLoader.Outcome.NotLoaded notLoaded -> out.println("Sample articles not loaded: " + notLoaded.reason());
        }
        out.flush();
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        } catch (Exception e) {
            System.err.println("newswire: " + service + " stopped with an error: " + e);
        }
    }

    private static void printBanner(PrintStream out, LocalStack stack, Path data, List<TopicSpec> topics,
                                    String ingestUrl, int enrichPort) {
        out.printf("""

                Newswire is up (data in %s)
                  Ingest (HTTP)     %s   (API: %s/openapi.json, metrics: %s/metrics)
                  Enrich            http://127.0.0.1:%d/health/ready   (metrics: http://127.0.0.1:%d/metrics)
                  Kafka broker      %s
                  Schema registry   %s   (Confluent Schema Registry API)
                  Topics            %s

                Push an article:
                  curl -H 'Content-Type: application/json' %s/v1/articles \\
                       -d '{"source": "demo", "url": "https://example.com/a", "title": "Hello", "body": "First article"}'
                Read enriched news:
                  ./newswire tail --from beginning                 (--follow keeps reading; --lang ar, --format json)
                  curl -N '%s/v1/stream?from=beginning'
                Re-enrich history with the current enricher:
                  ./newswire replay --from beginning --dry-run

                Press Ctrl-C to stop. Data stays in %s; start empty with: ./newswire up --reset
                %n""",
                data, ingestUrl, ingestUrl, ingestUrl, enrichPort, enrichPort, stack.bootstrapServers(),
                stack.schemaRegistryUrl(), topics.stream().map(TopicSpec::name).collect(Collectors.joining(", ")),
                ingestUrl, ingestUrl, data);
        out.flush();
    }
}
