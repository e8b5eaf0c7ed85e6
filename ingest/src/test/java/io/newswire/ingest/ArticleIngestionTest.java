package io.newswire.ingest;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.article.ArticleValidator;
import io.newswire.article.Submitter;
import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.client.Publication;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIngestionTest {
    private static final Submitter OPEN = Submitter.open(Arrival.newBuilder().setChannel(ArrivalChannel.HTTP)
            .setReceivedBy("test").build());

    @Test
    void produceLatencyIsTheTimeToEachAcknowledgementNotToTheAwait() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<CompletableFuture<Publication>> writes = new ArrayList<>();
        // The first record is acknowledged 300 ms late, the second at once: awaited in order, the second would
        // otherwise be timed as late as the first.
        ArticleSink sink = article -> {
            CompletableFuture<Publication> write = new CompletableFuture<>();
            Publication publication = new Publication(article.getId(), "raw", 0, writes.size(), Instant.EPOCH);
            if (writes.isEmpty()) {
                write.completeAsync(() -> publication, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
            } else {
                write.complete(publication);
            }
            writes.add(write);
            return write;
        };
        ArticleIngestion ingestion = new ArticleIngestion(new SubmissionParser(1 << 20, 1 << 16, 100),
                new ArticleValidator(), sink, new IngestMetrics(registry), Clock.systemUTC(), Duration.ofSeconds(10));
        String body = "{\"source\":\"s\",\"url\":\"https://example.com/1\",\"title\":\"one\"}\n"
                + "{\"source\":\"s\",\"url\":\"https://example.com/2\",\"title\":\"two\"}\n";

        IngestOutcome outcome = ingestion.ingest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                SubmissionParser.Format.NDJSON, OPEN);

        assertThat(outcome.stored()).isEqualTo(2);
        Timer latency = registry.get("newswire.ingest.produce.latency").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(290);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).as("the second record's latency is not the first's")
                .isLessThan(500);
    }
}
