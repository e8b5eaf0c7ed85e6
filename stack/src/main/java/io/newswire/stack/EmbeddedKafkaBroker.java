package io.newswire.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real single-node Kafka broker in this process: Kafka's own {@link KafkaRaftServer} in combined broker and
 * controller mode, on loopback, after formatting its data directory with Kafka's own {@link Formatter}. The data
 * directory survives {@link #stop()}, so a new broker on the same directory finds every record.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private final KafkaBrokerSettings settings;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(KafkaBrokerSettings settings, int port, int controllerPort) {
        this.settings = settings;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats the data directory if it is new and starts the broker. Port 0 picks a free port, kept for the life of
     * this object so a restart comes back where clients look for it.
     */
    public static EmbeddedKafkaBroker start(KafkaBrokerSettings settings) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings,
                settings.port() == 0 ? FreePorts.pick() : settings.port(),
                settings.controllerPort() == 0 ? FreePorts.pick() : settings.controllerPort());
        broker.startServer();
        return broker;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Starts the broker again on the same data directory and ports, after {@link #stop()}. */
    public synchronized void restart() {
        if (server != null) {
            stop();
        }
        startServer();
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
        formatIfNew(config);
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServers() + " with data in "
                    + settings.dataDir() + ": " + e.getMessage(), e);
        }
        server = raftServer;
        log.info("Kafka broker up on {} (data in {}) in {} ms", bootstrapServers(),
                settings.dataDir(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the broker and waits for it; the data directory is kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", settings.dataDir().toAbsolutePath().toString());
        // One node: every internal topic has one replica, or consumer groups and transactions never become ready.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "10");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created on purpose, with their documented settings, never by a typo in a client.
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "3");
        props.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        props.put("unclean.leader.election.enable", "false");
        props.putAll(settings.overrides());
        return props;
    }

    private void formatIfNew(KafkaConfig config) {
        Path dataDir = settings.dataDir().toAbsolutePath();
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .setHasDynamicQuorum(false)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(dataDir.toString()))
                    .run();
            log.debug("Formatted {}: {}", dataDir, output.toString(StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the broker keeps its data, which ports it listens on (0: a free one) and any broker property to
     * override.
     */
    public record KafkaBrokerSettings(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        public KafkaBrokerSettings {
            overrides = Map.copyOf(overrides);
        }

        public static KafkaBrokerSettings onFreePorts(Path dataDir) {
            return new KafkaBrokerSettings(dataDir, 0, 0, Map.of());
        }
    }
}
