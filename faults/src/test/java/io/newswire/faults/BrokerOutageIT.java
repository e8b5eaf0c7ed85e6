package io.newswire.faults;

import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.stack.FreePorts;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.WithNewswireStack;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker, in a JVM of its own, is killed with SIGKILL in the middle of sustained ingest traffic and started again
 * ten seconds later on the same data: every article answered 202 is on the raw topic, requests during the outage are
 * answered 503 (never a 202 that Kafka did not take), and ingest recovers by itself.
 */
@WithNewswireStack
class BrokerOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final String RAW = "faults.broker-kill.raw";

    @TempDir
    Path brokerData;

    @Test
    void everyAcknowledgedArticleSurvivesABrokerKill(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("broker-outage", "Broker killed (SIGKILL) and restarted during sustained ingest");
        int port = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        String bootstrap = "127.0.0.1:" + port;
        List<String> brokerArguments = List.of(brokerData.toString(), Integer.toString(port), Integer.toString(controllerPort));
        long outageStart;
        long outageEnd;
        long recovered;
        IngestLoad load;
        try (ChildJvm first = ChildJvm.start("broker-before-kill", BrokerProcess.class.getName(), "512m", brokerArguments)) {
            first.awaitOutput(BrokerProcess.READY, Duration.ofMinutes(1));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(RAW, 3, (short) 1).configs(
                        Map.of(NewswireTopics.TIMESTAMP_TYPE, NewswireTopics.LOG_APPEND_TIME)))).all().get(30, TimeUnit.SECONDS);
            }
            try (IngestService ingest = IngestService.start(Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH,
                    Map.of(), "--kafka.bootstrap.servers=" + bootstrap, "--schema.registry.url=" + stack.schemaRegistryUrl(),
                    "--topics.create=false", "--ingest.port=0", "--ingest.auth=open",
                    "--ingest.rate.limit.records.per.second=0", "--ingest.topic=" + RAW,
                    "--ingest.produce.timeout=4s", "--ingest.health.interval=500ms"))) {
                load = new IngestLoad(ingest.url(), null, 8);
                Thread.sleep(5_000);
                outageStart = System.nanoTime();
                first.kill();
                Thread.sleep(OUTAGE.toMillis());
                try (ChildJvm second = ChildJvm.start("broker-after-kill", BrokerProcess.class.getName(), "512m",
                        brokerArguments)) {
                    second.awaitOutput(BrokerProcess.READY, Duration.ofMinutes(1));
                    outageEnd = System.nanoTime();
                    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() ->
                            load.answers().stream().anyMatch(a -> a.sentNanos() > outageEnd && a.status() == 202));
                    recovered = load.answers().stream().filter(a -> a.sentNanos() > outageEnd && a.status() == 202)
                            .mapToLong(IngestLoad.Answer::sentNanos).min().orElseThrow();
                    Thread.sleep(5_000);
                    load.close();

                    Set<String> acknowledged = load.acknowledged();
                    List<ConsumerRecord<String, byte[]>> onTopic = RecordReader.readToEnd(bootstrap, RAW,
                            new ByteArrayDeserializer());
                    Map<String, Long> copies = onTopic.stream()
                            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                    Set<String> missing = new HashSet<>(acknowledged);
                    missing.removeAll(copies.keySet());
                    // A request sent just before the kill may still be acknowledged: it reached Kafka before it died;
                    // one sent just before the broker said it was ready may be answered, rightly, after it.
                    Map<Integer, Long> during = load.statusesAnsweredWithin(outageStart + Duration.ofSeconds(1).toNanos(),
                            outageEnd);
                    Map<Integer, Long> all = load.statuses(0, Long.MAX_VALUE);
                    report.figure("requests sent", load.answers().size())
                            .figure("answers, before the kill", load.statuses(0, outageStart))
                            .figure("answers, while the broker was down (sent 1 s or more after the kill, answered before it was ready)", during)
                            .figure("answers, after the restart", load.statuses(outageEnd, Long.MAX_VALUE))
                            .figure("articles acknowledged (202)", acknowledged.size())
                            .figure("acknowledged articles found on the raw topic", acknowledged.size() - missing.size())
                            .figure("acknowledged articles missing", missing.size())
                            .figure("records on the raw topic", onTopic.size())
                            .figure("articles on the topic twice or more", copies.values().stream().filter(c -> c > 1).count())
                            // Answered 503 because Kafka did not confirm in time, yet written: the client pushes it
                            // again and it keeps its id, so enrich sees a re-push, not a new article.
                            .figure("articles on the topic that were answered 503", copies.keySet().stream()
                                    .filter(id -> !acknowledged.contains(id)).count())
                            .figure("broker down (kill to ready again)", (outageEnd - outageStart) / 1_000_000 + " ms")
                            .figure("first 202 after the broker was back", (recovered - outageEnd) / 1_000_000 + " ms");

                    assertThat(missing).as("acknowledged articles missing from the raw topic").isEmpty();
                    assertThat(all.keySet()).as("every answer is 202 or 503").containsOnly(202, 503);
                    assertThat(during).as("answers while the broker was down").containsOnlyKeys(503);
                }
            }
        }
    }
}
