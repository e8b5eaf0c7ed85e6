package io.newswire.testkit;

import java.util.Map;

/**
 * What a test gets from {@link NewswireStackExtension}: a running Kafka broker and a schema registry that speaks the
 * Confluent API, shared by every test of the run.
 */
public interface NewswireStack {

    String bootstrapServers();

    /** Base URL of the Confluent-compatible API, what {@code schema.registry.url} should be. */
    String schemaRegistryUrl();

    /** {@code embedded} (in-process KRaft broker and Apicurio child process) or {@code containers} (Docker). */
    String kind();

    /** Client settings every Kafka client of a test needs: bootstrap servers and the registry URL. */
    default Map<String, Object> clientConfig() {
        return Map.of("bootstrap.servers", bootstrapServers(), "schema.registry.url", schemaRegistryUrl());
    }

    /** Stops the broker, keeping its data; tests that need this skip themselves where it is not supported. */
    void stopBroker();

    /** Starts the broker again on the same data and address, after {@link #stopBroker()}. */
    void startBroker();

    boolean canRestartBroker();

    /** How long the broker and the registry took to be ready, in milliseconds. */
    long startupMillis();
}
