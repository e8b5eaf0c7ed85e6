package io.newswire.cli;

import io.newswire.stack.LocalStack;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import io.newswire.topics.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs Newswire on this machine until Ctrl-C: a real Kafka broker and schema registry, with Newswire's topics. */
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

    @Option(names = "--partitions", defaultValue = "${env:NEWSWIRE_TOPIC_PARTITIONS:-3}",
            description = "Partitions of the topics it creates (env NEWSWIRE_TOPIC_PARTITIONS, default ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        if (reset) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        Path data = dataDir.toAbsolutePath().normalize();
        LocalStack stack = LocalStack.start(LocalStack.Settings.system(data, kafkaPort, controllerPort, registryPort));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nnewswire: stopping...");
            stack.close();
            stopped.countDown();
        }, "newswire-up-shutdown"));

        List<TopicSpec> topics = NewswireTopics.core(partitions, (short) 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            new TopicProvisioner(admin).ensure(topics);
        }
        printBanner(System.out, stack, data, topics);
        stopped.await();
        return 0;
    }

    private static void printBanner(PrintStream out, LocalStack stack, Path data, List<TopicSpec> topics) {
        out.printf("""

                Newswire is up (started in %.1f s; data in %s)
                  Kafka broker      %s
                  Schema registry   %s   (Confluent Schema Registry API)
                  Topics            %s

                Press Ctrl-C to stop. Start empty next time with: ./newswire up --reset
                %n""",
                stack.startupTime().toMillis() / 1000.0, data, stack.bootstrapServers(), stack.schemaRegistryUrl(),
                topics.stream().map(TopicSpec::name).collect(Collectors.joining(", ")));
        out.flush();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
