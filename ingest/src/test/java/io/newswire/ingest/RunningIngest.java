package io.newswire.ingest;

import io.newswire.avro.RawArticle;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An ingest service on a free port, writing to a topic of its own, against the test stack. */
final class RunningIngest implements AutoCloseable {
    final IngestService service;
    final IngestHttp http;
    final String topic;
    private final NewswireStack stack;

    private RunningIngest(NewswireStack stack, IngestService service, String topic) {
        this.stack = stack;
        this.service = service;
        this.topic = topic;
        this.http = new IngestHttp(service.url());
    }

    static RunningIngest start(NewswireStack stack, String... flags) {
        String topic = TestTopics.create(stack, TestTopics.unique("it.raw"), 3);
        List<String> args = new ArrayList<>(List.of(
                "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(),
                "--topics.create=false",
                "--ingest.port=0",
                "--ingest.topic=" + topic));
        args.addAll(List.of(flags));
        Settings settings = Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                args.toArray(String[]::new));
        return new RunningIngest(stack, IngestService.start(settings), topic);
    }

    /** Every raw article on this service's topic, read until there are at least {@code atLeast}. */
    List<RawArticle> rawArticles(int atLeast, Duration timeout) {
        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        return RecordReader.read(stack, topic, new SpecificAvroDeserializer<>(registry, RawArticle.class), atLeast, timeout)
                .stream().map(ConsumerRecord::value).toList();
    }

    @Override
    public void close() {
        service.close();
    }
}
