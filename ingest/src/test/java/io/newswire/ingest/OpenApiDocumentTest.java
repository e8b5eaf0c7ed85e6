package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.article.RefusalReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the OpenAPI document that must follow the code; routes and statuses are checked against a live service in IngestServiceIT. */
class OpenApiDocumentTest {
    private final JsonNode document;

    OpenApiDocumentTest() throws Exception {
        document = new ObjectMapper().readTree(IngestService.openApiDocument());
    }

    @Test
    void theArticleSchemaListsExactlyTheFieldsIngestAccepts() {
        List<String> documented = new ArrayList<>();
        document.at("/components/schemas/Article/properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyElementsOf(ArticleJsonReader.FIELDS);
        assertThat(document.at("/components/schemas/Article/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void everyRefusalReasonIsADocumentedErrorCode() {
        List<String> codes = new ArrayList<>();
        document.at("/components/schemas/Error/properties/code/enum").forEach(c -> codes.add(c.asText()));
        assertThat(codes).containsAll(Arrays.stream(RefusalReason.values()).map(RefusalReason::code).toList());
    }
}
