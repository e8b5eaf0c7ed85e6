package io.newswire.faults;

import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schema registry becomes unreachable (a proxy in front of it cuts every connection) for ingest and for enrich,
 * while Kafka stays up. Ingest answers 503 for what it cannot encode, never a 202 it cannot keep, and recovers by
 * itself; enrich waits for the registry instead of sending good records to the dead-letter topic.
 */
@WithNewswireStack
class RegistryOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    @TempDir
    Path stateDir;

    @Test
    void ingestAnswers503UntilTheRegistryIsBackAndLosesNothing(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("registry-outage-ingest", "Registry unreachable: ingest");
        String raw = TestTopics.createArticleTopic(stack, "faults.registry.raw");
        URI registry = URI.create(stack.schemaRegistryUrl());
        try (LoopbackProxy proxy = new LoopbackProxy(registry.getPort())) {
            proxy.cut();
            // A fresh ingest: nothing cached, so it needs the registry to encode its first article.
            try (IngestService ingest = IngestService.start(Settings.load(IngestSettings.all(),
                    ClusterSettings.PASS_THROUGH, Map.of(), "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                    "--schema.registry.url=" + throughProxy(registry, proxy), "--topics.create=false",
                    "--ingest.port=0", "--ingest.auth=open", "--ingest.rate.limit.records.per.second=0",
                    "--ingest.topic=" + raw, "--ingest.produce.timeout=3s", "--ingest.health.interval=500ms"))) {
                IngestLoad load = new IngestLoad(ingest.url(), null, 4);
                Thread.sleep(OUTAGE.toMillis());
                // Answers given before this instant came while the registry was unreachable; a request sent just
                // before it may be answered after it, and rightly stored.
                long cutUntil = System.nanoTime();
                proxy.restore();
                long restored = System.nanoTime();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                        load.answers().stream().anyMatch(a -> a.sentNanos() > restored && a.status() == 202));
                Thread.sleep(3_000);
                // The registry goes away again once ingest knows its schema: the cached id keeps ingest writing.
                proxy.cut();
                long secondCut = System.nanoTime();
                Thread.sleep(5_000);
                proxy.restore();
                load.close();

                Set<String> onTopic = RecordReader.readToEnd(stack, raw, new ByteArrayDeserializer()).stream()
                        .map(r -> r.key()).collect(Collectors.toSet());
                Set<String> missing = new HashSet<>(load.acknowledged());
                missing.removeAll(onTopic);
                Map<Integer, Long> during = load.statusesAnsweredWithin(0, cutUntil);
                long firstAfter = load.answers().stream().filter(a -> a.sentNanos() > restored && a.status() == 202)
                        .mapToLong(IngestLoad.Answer::sentNanos).min().orElseThrow();
                Map<Integer, Long> schemaCached = load.statuses(secondCut, secondCut + Duration.ofSeconds(5).toNanos());
                report.figure("requests sent", load.answers().size())
                        .figure("answers while the registry was unreachable and no schema id was cached", during)
                        .figure("first 202 after the registry came back", (firstAfter - restored) / 1_000_000 + " ms")
                        .figure("answers during a second cut, schema id cached", schemaCached)
                        .figure("articles acknowledged (202)", load.acknowledged().size())
                        .figure("acknowledged articles missing from the raw topic", missing.size());

                assertThat(during).as("answers while ingest could not encode").containsOnlyKeys(503);
                assertThat(missing).isEmpty();
                assertThat(schemaCached).as("with its schema id cached ingest keeps taking articles").containsOnlyKeys(202);
            }
        }
    }

    @Test
    void enrichWaitsForTheRegistryInsteadOfDeadLetteringGoodRecords(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("registry-outage-enrich", "Registry unreachable: enrich");
        Pipeline pipeline = Pipeline.create(stack, "registry");
        List<String> written = pipeline.writeArticles("registry-test", 200);
        URI registry = URI.create(stack.schemaRegistryUrl());
        try (LoopbackProxy proxy = new LoopbackProxy(registry.getPort())) {
            proxy.cut();
            List<String> arguments = pipeline.enrichArguments(throughProxy(registry, proxy), stateDir, 0);
            try (EnrichService enrich = EnrichApp.start(Settings.load(EnrichSettings.all(), ClusterSettings.PASS_THROUGH,
                    Map.of(), arguments.toArray(String[]::new)))) {
                Thread.sleep(OUTAGE.toMillis());
                int enrichedDuring = pipeline.enrichedCount();
                int deadDuring = pipeline.deadLetterRecords().size();
                proxy.restore();
                long restored = System.nanoTime();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .until(() -> pipeline.enrichedCount() >= written.size());
                long caughtUp = (System.nanoTime() - restored) / 1_000_000;
                Map<String, Long> reasons = new TreeMap<>(pipeline.deadLetterRecords().stream()
                        .collect(Collectors.groupingBy(r -> String.valueOf(r.value().getStage()), Collectors.counting())));
                Set<String> enriched = pipeline.enrichedRecords().stream().map(r -> r.value().getId())
                        .collect(Collectors.toSet());
                report.figure("raw articles waiting", written.size())
                        .figure("outage", OUTAGE.toSeconds() + " s")
                        .figure("enriched during the outage", enrichedDuring)
                        .figure("dead letters during the outage", deadDuring)
                        .figure("registry back to all enriched", caughtUp + " ms")
                        .figure("enriched after", enriched.size())
                        .figure("dead letters after, by stage", reasons);

                assertThat(deadDuring).as("good records dead-lettered during the outage").isZero();
                assertThat(reasons).as("good records dead-lettered at all").isEmpty();
                assertThat(enriched).containsExactlyInAnyOrderElementsOf(written);
            }
        }
    }

    private static String throughProxy(URI registry, LoopbackProxy proxy) {
        return registry.getScheme() + "://127.0.0.1:" + proxy.port() + registry.getPath();
    }
}
