package io.newswire.testkit;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
import java.util.Optional;

/**
 * Apache Kafka and Confluent Schema Registry in Docker containers (Testcontainers), the images docker-compose.yml
 * pins. Proves the client and serdes against Confluent's own registry, where Docker exists.
 */
final class ContainerNewswireStack implements NewswireStack, AutoCloseable {
    static final String KAFKA_IMAGE = System.getProperty("newswire.image.kafka", "apache/kafka:4.1.1");
    static final String REGISTRY_IMAGE = System.getProperty("newswire.image.schema-registry",
            "confluentinc/cp-schema-registry:7.9.1");

    private final Network network;
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;
    private final long startupMillis;

    private ContainerNewswireStack(Network network, KafkaContainer kafka, GenericContainer<?> registry,
                                   long startupMillis) {
        this.network = network;
        this.kafka = kafka;
        this.registry = registry;
        this.startupMillis = startupMillis;
    }

    /** Empty when there is a Docker engine to run containers on; otherwise the reason to skip. */
    static Optional<String> whyUnavailable() {
        return DockerAvailability.whyUnavailable();
    }

    @SuppressWarnings("resource") // closed in close()
    static ContainerNewswireStack start() {
        long started = System.nanoTime();
        Network network = Network.newNetwork();
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withListener("kafka:19092");
        kafka.start();
        GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
                .withNetwork(network)
                .withNetworkAliases("schema-registry")
                .withExposedPorts(8081)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .withEnv("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward")
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
        registry.start();
        return new ContainerNewswireStack(network, kafka, registry, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8081);
    }

    @Override
    public String kind() {
        return "containers";
    }

    @Override
    public void stopBroker() {
        throw new UnsupportedOperationException("The container stack cannot restart its broker in place");
    }

    @Override
    public void startBroker() {
        throw new UnsupportedOperationException("The container stack cannot restart its broker in place");
    }

    @Override
    public boolean canRestartBroker() {
        return false;
    }

    @Override
    public long startupMillis() {
        return startupMillis;
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        network.close();
    }
}
