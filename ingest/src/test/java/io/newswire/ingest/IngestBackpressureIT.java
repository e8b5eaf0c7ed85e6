package io.newswire.ingest;

import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ingest says 503 rather than queue or guess: when it is full, and when the registry cannot give it a schema id. */
@WithNewswireStack
class IngestBackpressureIT {

    @Test
    void answers503AtOnceWhenEveryRequestSlotIsTaken(NewswireStack stack) throws Exception {
        try (RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open", "--ingest.max.inflight.requests=1");
             Socket slow = new Socket()) {
            URI uri = URI.create(ingest.service.url());
            slow.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The slow upload holds the only slot; metrics and health are not limited.
            await().atMost(Duration.ofSeconds(10)).until(() -> ingest.http.get("/metrics").body()
                    .contains("newswire_ingest_inflight_requests{application=\"newswire-ingest\"} 1.0"));

            long started = System.nanoTime();
            IngestHttp.Response refused = ingest.http.post(
                    "{\"source\": \"s\", \"url\": \"https://x.ma/full\", \"title\": \"T\"}", "application/json");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().path("error").path("code").asText()).isEqualTo("overloaded");
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Test
    void answers503WhileTheRegistryCannotGiveTheSchemaAnId(NewswireStack stack) throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        try (RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open",
                "--schema.registry.url=http://127.0.0.1:" + deadPort, "--schema.registry.request.timeout.ms=1000")) {
            IngestHttp.Response response = ingest.http.post(
                    "{\"source\": \"s\", \"url\": \"https://x.ma/no-registry\", \"title\": \"T\"}", "application/json");
            IngestHttp.Response ready = ingest.http.get("/health/ready");

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.results("failed").getFirst().path("error").path("message").asText())
                    .contains("schema registry is unreachable");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("schemaRegistry").path("status").asText()).isEqualTo("DOWN");
            assertThat(ingest.rawArticles(1, Duration.ofSeconds(3))).isEmpty();
        }
    }
}
