package io.newswire.ingest;

import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** Kafka goes away under ingest: 503 with Retry-After, never a false 202, and ingest recovers by itself. */
@WithNewswireStack
class IngestKafkaOutageIT {

    @Test
    void answers503WhileKafkaIsDownAndRecoversWhenItIsBack(NewswireStack stack) {
        assumeThat(stack.canRestartBroker()).as("the stack can stop its broker").isTrue();
        try (RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open", "--ingest.produce.timeout=4s",
                "--ingest.health.interval=500ms")) {
            Set<String> acknowledged = new HashSet<>();
            IngestHttp.Response before = ingest.http.post(article(0), "application/json");
            assertThat(before.status()).isEqualTo(202);
            acknowledged.add(before.json().path("results").get(0).path("id").asText());

            stack.stopBroker();
            List<Integer> duringOutage = new ArrayList<>();
            long outageEnds = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int i = 1;
            while (System.nanoTime() < outageEnds) {
                long sent = System.nanoTime();
                IngestHttp.Response response = ingest.http.post(article(i++), "application/json");
                duringOutage.add(response.status());
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("answered within the produce timeout")
                        .isLessThan(Duration.ofSeconds(8));
                if (response.status() == 503) {
                    assertThat(response.header("Retry-After")).isNotBlank();
                }
            }
            IngestHttp.Response notReady = ingest.http.get("/health/ready");
            stack.startBroker();

            assertThat(duringOutage).isNotEmpty().containsOnly(503);
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.json().path("kafka").path("status").asText()).isEqualTo("DOWN");

            int next = i;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                IngestHttp.Response after = ingest.http.post(article(next), "application/json");
                assertThat(after.status()).isEqualTo(202);
                acknowledged.add(after.json().path("results").get(0).path("id").asText());
            });
            assertThat(ingest.http.get("/health/ready").status()).isEqualTo(200);
            Set<String> onTopic = new HashSet<>();
            ingest.rawArticles(acknowledged.size(), Duration.ofSeconds(30)).forEach(a -> onTopic.add(a.getId()));
            assertThat(onTopic).containsAll(acknowledged);
        }
    }

    private static String article(int i) {
        return "{\"source\": \"outage-test\", \"url\": \"https://x.ma/outage-" + System.nanoTime() + "-" + i
                + "\", \"title\": \"T\"}";
    }
}
