package io.newswire.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Changes to a top-level record schema, the way a developer would edit its .avsc file. */
public final class SchemaEdits {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaEdits() {
    }

    public static Schema withFieldType(Schema schema, String field, String typeJson) {
        ObjectNode root = json(schema);
        ObjectNode target = field(root, field);
        target.set("type", parse(typeJson));
        return new Schema.Parser().parse(root.toString());
    }

    public static Schema withAddedField(Schema schema, String fieldJson) {
        ObjectNode root = json(schema);
        ((ArrayNode) root.get("fields")).add(parse(fieldJson));
        return new Schema.Parser().parse(root.toString());
    }

    public static Schema withoutField(Schema schema, String field) {
        ObjectNode root = json(schema);
        Iterator<JsonNode> fields = root.get("fields").elements();
        while (fields.hasNext()) {
            if (fields.next().get("name").asText().equals(field)) {
                fields.remove();
                return new Schema.Parser().parse(root.toString());
            }
        }
        throw new IllegalArgumentException("No field " + field + " in " + schema.getName());
    }

    private static ObjectNode field(ObjectNode root, String name) {
        for (JsonNode field : root.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return (ObjectNode) field;
            }
        }
        throw new IllegalArgumentException("No field " + name);
    }

    private static ObjectNode json(Schema schema) {
        return (ObjectNode) parse(schema.toString());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
