package io.newswire.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code /health/live}, {@code /health/ready} and {@code /metrics} for a service that has no HTTP server of its own
 * (enrich). The JDK's own server, on virtual threads: three tiny endpoints need nothing more.
 */
public final class ManagementServer implements AutoCloseable {

    /** Readiness: whether the service can do its work, and a JSON document saying why or why not. */
    public record Readiness(boolean ready, String json) {
    }

    private final HttpServer server;

    private ManagementServer(HttpServer server) {
        this.server = server;
    }

    public static ManagementServer start(String host, int port, ServiceMetrics metrics, Supplier<Readiness> readiness) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/health/live", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
            server.createContext("/health/ready", exchange -> {
                Readiness now = readiness.get();
                respond(exchange, now.ready() ? 200 : 503, "application/json", now.json());
            });
            server.createContext("/metrics", exchange -> respond(exchange, 200,
                    "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
            server.createContext("/", exchange -> respond(exchange, 404, "application/json",
                    "{\"error\":{\"code\":\"not_found\",\"message\":\"try /health/live, /health/ready or /metrics\"}}"));
            server.start();
            return new ManagementServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port + " for health and metrics", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
