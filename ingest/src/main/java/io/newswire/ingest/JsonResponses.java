package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.article.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON bodies ingest answers with: per-record results, and errors that concern the whole request. */
final class JsonResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    /** Written as it goes rather than built as a tree: a batch's answer holds a result for each of its records. */
    static byte[] outcome(IngestOutcome outcome) {
        ByteArrayBuilder out = new ByteArrayBuilder(64 + 96 * outcome.results().size());
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("stored", outcome.stored());
            json.writeNumberField("refused", outcome.refused());
            json.writeNumberField("failed", outcome.failed());
            json.writeArrayFieldStart("results");
            for (RecordResult result : outcome.results()) {
                json.writeStartObject();
                json.writeNumberField("index", result.index());
                switch (result) {
                    case RecordResult.Stored stored -> {
                        json.writeStringField("status", "stored");
                        json.writeStringField("id", stored.publication().id());
                        json.writeStringField("topic", stored.publication().topic());
                        json.writeNumberField("partition", stored.publication().partition());
                        json.writeNumberField("offset", stored.publication().offset());
                    }
                    case RecordResult.Refused refused -> {
                        json.writeStringField("status", "refused");
                        json.writeFieldName("error");
                        writeViolation(json, refused.violations().getFirst());
                        json.writeArrayFieldStart("errors");
                        for (Violation v : refused.violations()) {
                            writeViolation(json, v);
                        }
                        json.writeEndArray();
                    }
                    case RecordResult.Failed failed -> {
                        json.writeStringField("status", "failed");
                        json.writeStringField("id", failed.id());
                        json.writeFieldName("error");
                        writeError(json, IngestOutcome.UNAVAILABLE, failed.message(), null);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            if (outcome.requestError().isPresent()) {
                Violation v = outcome.requestError().get();
                json.writeFieldName("error");
                writeError(json, outcome.tooLarge().isPresent() ? "request_too_large" : v.reason().code(), v.message(),
                        v.field());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeViolation(JsonGenerator json, Violation v) throws IOException {
        writeError(json, v.reason().code(), v.message(), v.field());
    }

    private static void writeError(JsonGenerator json, String code, String message, String field) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", code);
        json.writeStringField("message", message);
        if (field != null) {
            json.writeStringField("field", field);
        }
        json.writeEndObject();
    }

    static byte[] error(String code, String message, Map<String, Object> details) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = errorNode(code, message);
        details.forEach((k, v) -> error.set(k, JSON.valueToTree(v)));
        root.set("error", error);
        return bytes(root);
    }

    static byte[] error(String code, String message) {
        return error(code, message, Map.of());
    }

    static byte[] document(Object document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode errorNode(String code, String message) {
        return JSON.createObjectNode().put("code", code).put("message", message);
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
