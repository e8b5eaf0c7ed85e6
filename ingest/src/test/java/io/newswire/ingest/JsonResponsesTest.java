package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;
import io.newswire.client.Publication;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JsonResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOutcomeListsEveryRecordAndTheRequestError() throws Exception {
        IngestOutcome outcome = new IngestOutcome(List.of(
                new RecordResult.Stored(0, new Publication("id-0", "newswire.raw", 2, 41, Instant.EPOCH)),
                new RecordResult.Refused(1, List.of(new Violation(RefusalReason.INVALID_URL, "url", "not a URL: \"x\""),
                        new Violation(RefusalReason.EMPTY_ARTICLE, null, "no title or body"))),
                new RecordResult.Failed(2, "id-2", "Kafka did not answer")),
                Optional.empty(), Optional.of("more than 2 records"));

        JsonNode answer = JSON.readTree(JsonResponses.outcome(outcome));

        assertThat(answer.get("stored").asInt()).isEqualTo(1);
        assertThat(answer.get("refused").asInt()).isEqualTo(1);
        assertThat(answer.get("failed").asInt()).isEqualTo(1);
        JsonNode results = answer.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).toString()).isEqualTo(
                "{\"index\":0,\"status\":\"stored\",\"id\":\"id-0\",\"topic\":\"newswire.raw\",\"partition\":2,\"offset\":41}");
        assertThat(results.get(1).toString()).isEqualTo("{\"index\":1,\"status\":\"refused\","
                + "\"error\":{\"code\":\"invalid_url\",\"message\":\"not a URL: \\\"x\\\"\",\"field\":\"url\"},"
                + "\"errors\":[{\"code\":\"invalid_url\",\"message\":\"not a URL: \\\"x\\\"\",\"field\":\"url\"},"
                + "{\"code\":\"empty_article\",\"message\":\"no title or body\"}]}");
        assertThat(results.get(2).toString()).isEqualTo("{\"index\":2,\"status\":\"failed\",\"id\":\"id-2\","
                + "\"error\":{\"code\":\"unavailable\",\"message\":\"Kafka did not answer\"}}");
        assertThat(answer.get("error").get("code").asText()).isEqualTo("request_too_large");
        assertThat(answer.get("error").get("message").asText()).contains("more than 2 records");
    }

    @Test
    void theErrorFieldIsThereOnlyForARequestError() throws Exception {
        JsonNode stored = JSON.readTree(JsonResponses.outcome(new IngestOutcome(List.of(new RecordResult.Stored(0,
                new Publication("a", "t", 0, 0, Instant.EPOCH))), Optional.empty(), Optional.empty())));
        assertThat(stored.has("error")).isFalse();
        JsonNode empty = JSON.readTree(JsonResponses.outcome(new IngestOutcome(List.of(), Optional.empty(),
                Optional.empty())));
        assertThat(empty.get("results")).isEmpty();
        assertThat(empty.get("error").get("code").asText()).isEqualTo("invalid_json");
        assertThat(empty.get("error").has("field")).isFalse();
    }
}
