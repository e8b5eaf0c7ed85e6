package io.newswire.ingest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswire.article.ArticleLimits;
import io.newswire.article.ArticleValidator;
import io.newswire.client.RawArticleWriter;
import io.newswire.client.subscribe.ArticleSubscriber;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.ServiceMetrics;
import io.newswire.runtime.Settings;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The ingest service: Javalin on Jetty 12, request handling on virtual threads, at most
 * {@code ingest.max.inflight.requests} requests at once (more get a 503 straight away, never a queue), every
 * acknowledged article durable in Kafka.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    static final String VERSION = version();
    private static final int INPUT_BUFFER_BYTES = 64 * 1024;
    private static final Duration SHUTDOWN_IDLE_TIMEOUT = Duration.ofSeconds(5);

    /** Every route, as the OpenAPI document must describe it. */
    record Route(HandlerType method, String path, Handler handler) {
    }

    private final Javalin app;
    private final RawArticleWriter writer;
    private final Admin admin;
    private final IngestHealth health;
    private final ServiceMetrics metrics;
    private final KafkaClientMetrics producerMetrics;
    private final Duration shutdownTimeout;
    private final List<Route> routes;
    private final StreamEndpoint stream;
    private volatile boolean closed;

    private IngestService(Javalin app, RawArticleWriter writer, Admin admin, IngestHealth health, ServiceMetrics metrics,
                          KafkaClientMetrics producerMetrics, Duration shutdownTimeout, List<Route> routes,
                          StreamEndpoint stream) {
        this.stream = stream;
        this.app = app;
        this.writer = writer;
        this.admin = admin;
        this.health = health;
        this.metrics = metrics;
        this.producerMetrics = producerMetrics;
        this.shutdownTimeout = shutdownTimeout;
        this.routes = routes;
    }

    public static IngestService start(Settings settings) {
        settings.describe().forEach(line -> log.info("setting {}", line));
        String host = settings.get(IngestSettings.HOST);
        ApiKeyStore keys = ApiKeyStore.load(settings.get(IngestSettings.API_KEYS), settings.get(IngestSettings.API_KEYS_FILE));
        Authenticator authenticator = Authenticator.configure(settings.get(IngestSettings.AUTH), keys, isLoopback(host));
        if (authenticator.mode() == Authenticator.Mode.OPEN) {
            log.warn("Open mode: requests need no API key and name their own source. For local use only; "
                    + "configure NEWSWIRE_INGEST_API_KEYS for anything else.");
        } else {
            log.info("{} API key(s) configured; every request needs one", keys.size());
        }

        Map<String, Object> kafka = ClusterSettings.kafkaClientConfig(settings);
        SchemaRegistryClient registry = new SchemaRegistryClient(
                SchemaRegistryClientConfig.fromKafkaConfig(ClusterSettings.registryClientConfig(settings)));
        Admin admin = Admin.create(adminConfig(kafka));
        String topic = settings.get(IngestSettings.TOPIC);
        if (settings.get(ClusterSettings.TOPICS_CREATE)) {
            new TopicProvisioner(admin).ensure(NewswireTopics.core(settings.get(ClusterSettings.TOPICS_PARTITIONS),
                    settings.get(ClusterSettings.TOPICS_REPLICATION_FACTOR).shortValue()));
        }

        Duration produceTimeout = settings.get(IngestSettings.PRODUCE_TIMEOUT);
        RawArticleWriter writer = new RawArticleWriter(producerConfig(kafka, produceTimeout), registry, topic);
        ServiceMetrics metrics = new ServiceMetrics("newswire-ingest");
        KafkaClientMetrics producerMetrics = new KafkaClientMetrics(writer.producer());
        producerMetrics.bindTo(metrics.registry());
        IngestHealth health = new IngestHealth(admin, registry, writer::registerSchema,
                settings.get(IngestSettings.HEALTH_INTERVAL));
        health.start();

        long maxRequestBytes = settings.get(IngestSettings.MAX_REQUEST_BYTES);
        IngestMetrics ingestMetrics = new IngestMetrics(metrics.registry());
        ArticleIngestion ingestion = new ArticleIngestion(
                new SubmissionParser(maxRequestBytes, settings.get(IngestSettings.MAX_RECORD_BYTES),
                        settings.get(IngestSettings.MAX_RECORDS)),
                new ArticleValidator(ArticleLimits.DEFAULT), writer::write, ingestMetrics, Clock.systemUTC(),
                produceTimeout);
        ArticlesEndpoint articles = new ArticlesEndpoint(ingestion, authenticator,
                new RateLimiter(settings.get(IngestSettings.RATE_LIMIT), settings.get(IngestSettings.RATE_BURST)),
                health, settings.get(IngestSettings.MAX_IN_FLIGHT), maxRequestBytes, instanceName(settings));
        Gauge.builder("newswire.ingest.inflight.requests", articles, ArticlesEndpoint::inFlight)
                .description("Requests being handled").register(metrics.registry());

        StreamEndpoint stream = new StreamEndpoint(() -> ArticleSubscriber.builder().kafkaProperties(kafka)
                        .schemaRegistry(registry.config()).topic(settings.get(IngestSettings.STREAM_TOPIC)), authenticator,
                settings.get(IngestSettings.STREAM_TOPIC), settings.get(IngestSettings.STREAM_MAX_CLIENTS),
                settings.get(IngestSettings.STREAM_BUFFER), settings.get(IngestSettings.STREAM_SLOW_CLIENT_TIMEOUT),
                settings.get(IngestSettings.STREAM_HEARTBEAT),
                metrics.registry());
        List<Route> routes = List.of(
                new Route(HandlerType.GET, "/", IngestService::index),
                new Route(HandlerType.POST, "/v1/articles", articles),
                new Route(HandlerType.GET, "/v1/stream", stream),
                new Route(HandlerType.GET, "/health/live", ctx -> ctx.contentType("application/json")
                        .result(JsonResponses.document(Map.of("status", "UP")))),
                new Route(HandlerType.GET, "/health/ready", ctx -> ctx.status(health.ready() ? 200 : 503)
                        .contentType("application/json").result(JsonResponses.document(health.report()))),
                new Route(HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape())),
                new Route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json")
                        .result(openApiDocument())));

        Duration shutdownTimeout = settings.get(IngestSettings.SHUTDOWN_TIMEOUT);
        AccessLog accessLog = new AccessLog(ingestMetrics);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = virtualThreadPool();
            config.jetty.modifyServer(server -> {
                // Jetty 12 drains requests in flight through a GracefulHandler, for at most the stop timeout.
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(shutdownTimeout.toMillis());
                server.setErrorHandler(new MalformedRequestLineHandler());
            });
            config.jetty.addConnector((server, httpConfiguration) -> {
                HttpConnectionFactory http = new HttpConnectionFactory(httpConfiguration);
                // Batches are hundreds of kilobytes: read them in large pieces, not Jetty's default 8 KB ones, each of
                // which costs the reading thread a wake-up.
                http.setInputBufferSize(INPUT_BUFFER_BYTES);
                ServerConnector connector = new ServerConnector(server, http);
                connector.setHost(host);
                connector.setPort(settings.get(IngestSettings.PORT));
                // While draining, a client may pause mid-upload this long (Jetty's default, 1 s, cuts slow scrapers off).
                connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT.toMillis());
                return connector;
            });
            config.http.maxRequestSize = maxRequestBytes;
            config.requestLogger.http(accessLog::log);
            routes.forEach(route -> config.routes.addHttpHandler(route.method(), route.path(), route.handler()));
            config.routes.error(404, ctx -> ctx.contentType("application/json").result(JsonResponses.error("not_found",
                    "no such resource: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)")));
            config.routes.error(405, ctx -> ctx.contentType("application/json").result(JsonResponses.error(
                    "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType("application/json").result(JsonResponses.error("internal_error",
                        "ingest failed unexpectedly; nothing in this request was acknowledged"));
            });
            config.router.treatMultipleSlashesAsSingleSlash = true;
        });
        app.start();
        IngestService service = new IngestService(app, writer, admin, health, metrics, producerMetrics,
                shutdownTimeout, routes, stream);
        log.info("Ingest {} listening on {} (Kafka {}, registry {})", VERSION, service.url(),
                kafka.get("bootstrap.servers"), registry.config().urls());
        return service;
    }

    /** A Jetty pool whose blocking work runs on virtual threads; selectors stay on platform threads. */
    private static QueuedThreadPool virtualThreadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(64, 4);
        pool.setName("ingest-http");
        pool.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("ingest-request-", 0).factory()));
        return pool;
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafka, Duration produceTimeout) {
        Map<String, Object> config = new HashMap<>(kafka);
        long timeout = Math.max(2000, produceTimeout.toMillis());
        // A request waits at most produceTimeout: Kafka must give its final answer for a record within it.
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2 - 50));
        // A full buffer or missing metadata answers 503 quickly instead of holding the request.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
        return config;
    }

    private static Map<String, Object> adminConfig(Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.keySet().removeIf(key -> key.startsWith("linger") || key.startsWith("batch") || key.startsWith("acks")
                || key.startsWith("compression") || key.startsWith("buffer.memory") || key.startsWith("max.request"));
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newswire-ingest-admin");
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return config;
    }

    private static void index(Context ctx) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("service", "newswire-ingest");
        index.put("version", VERSION);
        index.put("push", "POST /v1/articles");
        index.put("stream", "GET /v1/stream (server-sent events)");
        index.put("api", "/openapi.json");
        index.put("health", List.of("/health/live", "/health/ready"));
        index.put("metrics", "/metrics");
        ctx.contentType("application/json").result(JsonResponses.document(index));
    }

    static byte[] openApiDocument() {
        try (InputStream in = IngestService.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the ingest jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getHost();
        return "http://" + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port();
    }

    List<Route> routes() {
        return routes;
    }

    /**
     * Stops taking requests (readiness goes DOWN first), lets requests in flight finish (at most
     * {@code ingest.shutdown.timeout}), flushes every acknowledged-or-pending record to Kafka, then closes.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Ingest stopping: finishing requests in flight (at most {} s)", shutdownTimeout.toSeconds());
        health.stopping();
        stream.closeAll();
        app.stop();
        writer.flush();
        writer.close(shutdownTimeout);
        producerMetrics.close();
        health.close();
        admin.close(Duration.ofSeconds(5));
        metrics.close();
        log.info("Ingest stopped");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("ingest.host '" + host + "' is not a known address", e);
        }
    }

    private static String instanceName(Settings settings) {
        String configured = settings.get(IngestSettings.INSTANCE);
        if (!configured.isBlank()) {
            return "newswire-ingest " + VERSION + " " + configured;
        }
        try {
            return "newswire-ingest " + VERSION + " " + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "newswire-ingest " + VERSION;
        }
    }

    private static String version() {
        String version = IngestService.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
