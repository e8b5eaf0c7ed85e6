package io.newswire.registry;

import org.apache.avro.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry in memory, for TopologyTestDriver tests and tools that need the wire format without a server. Ids are
 * global and stable for equal schemas, as in a real registry; compatibility rules are not enforced. Thread-safe.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {
    private final List<Schema> schemas = new ArrayList<>();
    private final Map<String, List<Schema>> subjects = new HashMap<>();

    @Override
    public synchronized int register(String subject, Schema schema) {
        int id = idOf(schema);
        if (id < 0) {
            schemas.add(schema);
            id = schemas.size();
        }
        List<Schema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            versions.add(schema);
        }
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        List<Schema> versions = subjects.getOrDefault(subject, List.of());
        int version = versions.indexOf(schema);
        if (version < 0) {
            throw new SchemaNotFoundException("Schema not registered under subject " + subject, 40403);
        }
        return new RegisteredSchema(subject, idOf(schema), version + 1, schema);
    }

    @Override
    public synchronized Schema schemaById(int id) {
        if (id < 1 || id > schemas.size()) {
            throw new SchemaNotFoundException("Schema " + id + " not found", 40403);
        }
        return schemas.get(id - 1);
    }

    private int idOf(Schema schema) {
        int index = schemas.indexOf(schema);
        return index < 0 ? -1 : index + 1;
    }
}
