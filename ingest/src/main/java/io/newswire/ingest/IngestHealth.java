package io.newswire.ingest;

import io.newswire.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Whether ingest can take articles: Kafka answers, and the RawArticle schema is registered (its id is then cached,
 * so a registry outage after that does not stop ingest; it is reported, not fatal). Checked in the background at a
 * fixed interval, so a request never waits for a probe.
 */
final class IngestHealth implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestHealth.class);

    private final Admin admin;
    private final SchemaRegistryClient registry;
    private final IntSupplier schemaRegistration;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;
    private volatile boolean kafkaUp;
    private volatile boolean registryUp;
    private volatile Integer schemaId;
    private volatile String kafkaProblem = "not checked yet";
    private volatile String registryProblem = "not checked yet";
    private volatile boolean stopping;

    IngestHealth(Admin admin, SchemaRegistryClient registry, IntSupplier schemaRegistration, Duration interval) {
        this.admin = admin;
        this.registry = registry;
        this.schemaRegistration = schemaRegistration;
        this.interval = interval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ingest-health").factory());
    }

    /** Checks once now, then at every interval. */
    void start() {
        check();
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        boolean wasUp = kafkaUp;
        boolean firstCheck = kafkaProblem != null && kafkaProblem.equals("not checked yet");
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.max(1000, interval.toMillis())))
                    .nodes().get();
            kafkaUp = true;
            kafkaProblem = null;
        } catch (Exception e) {
            kafkaUp = false;
            kafkaProblem = rootMessage(e);
        }
        try {
            registry.ping();
            registryUp = true;
            registryProblem = null;
            if (schemaId == null) {
                schemaId = schemaRegistration.getAsInt();
            }
        } catch (Exception e) {
            registryUp = false;
            registryProblem = rootMessage(e);
        }
        if (firstCheck && !kafkaUp) {
            log.warn("Kafka is unreachable: {}; ingest answers 503 until it is back", kafkaProblem);
        } else if (!firstCheck && wasUp != kafkaUp) {
            if (kafkaUp) {
                log.info("Kafka is reachable again");
            } else {
                log.warn("Kafka is unreachable: {}; ingest answers 503 until it is back", kafkaProblem);
            }
        }
    }

    boolean kafkaReachable() {
        return kafkaUp;
    }

    boolean ready() {
        return !stopping && kafkaUp && schemaId != null;
    }

    void stopping() {
        stopping = true;
    }

    /** The readiness document: overall status and each dependency's. */
    Map<String, Object> report() {
        Map<String, Object> kafka = new LinkedHashMap<>();
        kafka.put("status", kafkaUp ? "UP" : "DOWN");
        if (kafkaProblem != null) {
            kafka.put("problem", kafkaProblem);
        }
        Map<String, Object> registryReport = new LinkedHashMap<>();
        registryReport.put("status", registryUp ? "UP" : schemaId != null ? "DOWN (schema id cached)" : "DOWN");
        if (schemaId != null) {
            registryReport.put("rawArticleSchemaId", schemaId);
        }
        if (registryProblem != null) {
            registryReport.put("problem", registryProblem);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", ready() ? "UP" : "DOWN");
        if (stopping) {
            report.put("problem", "shutting down");
        }
        report.put("kafka", kafka);
        report.put("schemaRegistry", registryReport);
        return report;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
