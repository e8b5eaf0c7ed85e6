package io.newswire.ingest;

import io.newswire.testkit.LogCapture;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@WithNewswireStack
class IngestOpenModeIT {

    @Test
    void openModeTakesTheSourceFromTheRecord(NewswireStack stack) {
        try (RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open")) {
            IngestHttp.Response withSource = ingest.http.post(
                    "{\"source\": \"le-monde\", \"url\": \"https://lemonde.fr/a\", \"title\": \"T\"}", "application/json");
            IngestHttp.Response withoutSource = ingest.http.post(
                    "{\"url\": \"https://lemonde.fr/b\", \"title\": \"T\"}", "application/json");

            assertThat(withSource.status()).isEqualTo(202);
            assertThat(withoutSource.status()).isEqualTo(422);
            assertThat(withoutSource.results("refused").getFirst().path("error").path("field").asText()).isEqualTo("source");
            assertThat(ingest.rawArticles(1, Duration.ofSeconds(20))).singleElement()
                    .satisfies(a -> assertThat(a.getSource()).isEqualTo("le-monde"));
        }
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfter(NewswireStack stack) {
        try (RunningIngest ingest = RunningIngest.start(stack, "--ingest.auth=open",
                "--ingest.rate.limit.records.per.second=2", "--ingest.rate.limit.burst=3")) {
            String four = "[" + "{\"source\": \"s\", \"url\": \"https://x.ma/r1\", \"title\": \"T\"},".repeat(3)
                    + "{\"source\": \"s\", \"url\": \"https://x.ma/r2\", \"title\": \"T\"}]";
            assertThat(ingest.http.post(four, "application/json").status()).as("a batch is never cut").isEqualTo(202);

            IngestHttp.Response limited = ingest.http.post(four, "application/json");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().path("error").path("code").asText()).isEqualTo("rate_limited");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        }
    }

    @Test
    void logsNeverShowAKey(NewswireStack stack) {
        ApiKeyStore.NewKey key = ApiKeyStore.generate("k-logged", "hespress");
        try (LogCapture logs = new LogCapture();
             RunningIngest ingest = RunningIngest.start(stack, "--ingest.api.keys=" + key.entry())) {
            ingest.http.post("{\"url\": \"https://x.ma/l\", \"title\": \"T\"}", "application/json",
                    "Authorization", "Bearer " + key.secret());
            ingest.http.post("{\"url\": \"https://x.ma/l\", \"title\": \"T\"}", "application/json",
                    "Authorization", "Bearer " + key.secret() + "-wrong");

            assertThat(logs.lines()).anySatisfy(line -> assertThat(line).contains("io.newswire.ingest.access")
                    .contains("POST /v1/articles").contains("202").contains("principal=key:k-logged"));
            assertThat(logs.lines()).anySatisfy(line -> assertThat(line).contains("ingest.api.keys = [redacted]"));
            assertThat(logs.lines()).noneSatisfy(line -> assertThat(line).contains(key.secret()));
        }
    }
}
