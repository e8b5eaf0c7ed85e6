package io.newswire.faults;

import io.newswire.avro.EnrichedArticle;
import io.newswire.enrich.EnrichApp;
import io.newswire.stack.FreePorts;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Enrich is killed with SIGKILL in the middle of a backlog (no shutdown, no final commit, a transaction left open),
 * more articles arrive while it is down, and it is started again on the same state folder: every raw article is in
 * the enriched topic exactly once, as a read_committed subscriber sees it.
 */
@WithNewswireStack
class EnrichCrashIT {
    private static final int BEFORE_CRASH = 8_000;
    private static final int WHILE_DOWN = 1_500;

    @TempDir
    Path stateDir;

    @Test
    void everyRawArticleIsEnrichedExactlyOnceAcrossAKill(NewswireStack stack) throws Exception {
        Pipeline pipeline = Pipeline.create(stack, "crash");
        FaultReport report = new FaultReport("enrich-crash", "Enrich killed (SIGKILL) mid-stream and restarted");
        int managementPort = FreePorts.pick();
        List<String> arguments = pipeline.enrichArguments(stack.schemaRegistryUrl(), stateDir, managementPort);
        String ready = "http://127.0.0.1:" + managementPort + "/health/ready";

        Set<String> written = new HashSet<>(pipeline.writeArticles("crash-test", BEFORE_CRASH));
        int enrichedAtKill;
        try (ChildJvm first = ChildJvm.start("enrich-before-kill", EnrichApp.class.getName(), "768m", arguments)) {
            first.awaitReady(ready, Duration.ofMinutes(2));
            // Kill it once a share of the backlog is out, so the crash falls in the middle of the stream.
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> pipeline.enrichedCount() >= BEFORE_CRASH / 12);
            first.kill();
            enrichedAtKill = pipeline.enrichedCount();
        }
        written.addAll(pipeline.writeArticles("crash-test", WHILE_DOWN));

        long restarted = System.nanoTime();
        try (ChildJvm second = ChildJvm.start("enrich-after-kill", EnrichApp.class.getName(), "768m", arguments)) {
            second.awaitReady(ready, Duration.ofMinutes(2));
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> pipeline.enrichedCount() >= written.size());
            Thread.sleep(2_000); // anything beyond the expected count would show now
        }
        long caughtUpMillis = (System.nanoTime() - restarted) / 1_000_000;

        List<ConsumerRecord<String, EnrichedArticle>> enriched = pipeline.enrichedRecords();
        Map<String, Long> copies = enriched.stream()
                .collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        Set<String> missing = new HashSet<>(written);
        missing.removeAll(copies.keySet());
        long twice = copies.values().stream().filter(c -> c > 1).count();
        report.figure("raw articles written", written.size())
                .figure("written before the kill / while enrich was down", BEFORE_CRASH + " / " + WHILE_DOWN)
                .figure("enriched (read_committed) when it was killed", enrichedAtKill)
                .figure("enriched records after the restart", enriched.size())
                .figure("distinct articles enriched", copies.size())
                .figure("articles missing", missing.size())
                .figure("articles enriched twice or more", twice)
                .figure("dead letters", pipeline.deadLetterRecords().size())
                .figure("restart to caught up", caughtUpMillis + " ms");

        assertThat(missing).as("raw articles never enriched").isEmpty();
        assertThat(twice).as("articles enriched more than once").isZero();
        assertThat(copies.keySet()).as("nothing enriched that was not written").isEqualTo(written);
        assertThat(enrichedAtKill).as("the kill fell in the middle of the stream").isLessThan(BEFORE_CRASH);
    }
}
