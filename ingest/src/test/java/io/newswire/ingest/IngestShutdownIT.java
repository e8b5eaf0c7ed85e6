package io.newswire.ingest;

import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Graceful shutdown: a request in flight when shutdown begins is finished and acknowledged; nothing acknowledged is lost. */
@WithNewswireStack
class IngestShutdownIT {

    @Test
    void aRequestInFlightFinishesAndItsRecordsAreStored(NewswireStack stack) throws Exception {
        RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open", "--ingest.shutdown.timeout=20s");
        URI uri = URI.create(ingest.service.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // A chunked NDJSON upload, sent by hand so the test decides when each record leaves.
            send(out, "POST /v1/articles HTTP/1.1\r\nHost: " + uri.getAuthority()
                    + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
            sendChunk(out, "{\"source\": \"s\", \"url\": \"https://x.ma/shutdown-1\", \"title\": \"first\"}\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> ingest.http.get("/metrics").body()
                    .contains("newswire_ingest_inflight_requests{application=\"newswire-ingest\"} 1.0"));

            CompletableFuture<Void> closing = CompletableFuture.runAsync(ingest::close);
            Thread.sleep(500);
            assertThat(closing).as("shutdown waits for the request in flight").isNotDone();
            sendChunk(out, "{\"source\": \"s\", \"url\": \"https://x.ma/shutdown-2\", \"title\": \"second\"}\n");
            send(out, "0\r\n\r\n");

            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.startsWith("{"); line = in.readLine()) {
                response.append(line).append('\n');
            }
            closing.get(30, TimeUnit.SECONDS);

            assertThat(statusLine).isEqualTo("HTTP/1.1 202 Accepted");
        }
        assertThat(ingest.rawArticles(2, Duration.ofSeconds(20))).extracting(a -> a.getTitle())
                .containsExactlyInAnyOrder("first", "second");
        assertThatThrownBy(() -> ingest.http.get("/health/live")).as("no longer listening").isInstanceOf(Exception.class);
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sendChunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        send(out, Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n");
    }
}
