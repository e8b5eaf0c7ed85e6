package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.article.Violation;

import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON bodies ingest answers with: per-record results, and errors that concern the whole request. */
final class JsonResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    static byte[] outcome(IngestOutcome outcome) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stored", outcome.stored());
        root.put("refused", outcome.refused());
        root.put("failed", outcome.failed());
        ArrayNode results = root.putArray("results");
        for (RecordResult result : outcome.results()) {
            ObjectNode node = results.addObject();
            node.put("index", result.index());
            switch (result) {
                case RecordResult.Stored stored -> {
                    node.put("status", "stored");
                    node.put("id", stored.publication().id());
                    node.put("topic", stored.publication().topic());
                    node.put("partition", stored.publication().partition());
                    node.put("offset", stored.publication().offset());
                }
                case RecordResult.Refused refused -> {
                    node.put("status", "refused");
                    node.set("error", violation(refused.violations().getFirst()));
                    ArrayNode errors = node.putArray("errors");
                    refused.violations().forEach(v -> errors.add(violation(v)));
                }
                case RecordResult.Failed failed -> {
                    node.put("status", "failed");
                    node.put("id", failed.id());
                    node.set("error", errorNode(IngestOutcome.UNAVAILABLE, failed.message()));
                }
            }
        }
        outcome.requestError().ifPresent(v -> root.set("error", violation(v).put("code",
                outcome.tooLarge().isPresent() ? "request_too_large" : v.reason().code())));
        return bytes(root);
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

    private static ObjectNode violation(Violation v) {
        ObjectNode node = errorNode(v.reason().code(), v.message());
        if (v.field() != null) {
            node.put("field", v.field());
        }
        return node;
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
