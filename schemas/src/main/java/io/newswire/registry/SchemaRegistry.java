package io.newswire.registry;

import org.apache.avro.Schema;

/**
 * What the serdes need from a schema registry. {@link SchemaRegistryClient} speaks the Confluent REST API to a real
 * registry; {@link InMemorySchemaRegistry} keeps schemas in memory for topology tests that run without one.
 */
public interface SchemaRegistry {

    /** Registers the schema under the subject (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** Finds the schema among the subject's versions, without registering it. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);
}
