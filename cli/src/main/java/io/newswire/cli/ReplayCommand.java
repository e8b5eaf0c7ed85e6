package io.newswire.cli;

import io.newswire.avro.RawArticle;
import io.newswire.client.subscribe.TimeSpec;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.enrich.replay.ReplayJob;
import io.newswire.enrich.replay.ReplayRequest;
import io.newswire.enrich.replay.ReplayResult;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.serde.SpecificAvroDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Re-enriches a range of raw history with the enricher that runs now. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-enrich the raw articles Kafka accepted in a time range with the current enricher, while live "
                + "traffic flows. Enrich must be running (or pass --no-wait). Running a replay twice leaves the same "
                + "result. The cluster and enrich's topics and application id come from the same settings as "
                + "'newswire enrich' (--kafka.bootstrap.servers=..., --enrich.application.id=..., NEWSWIRE_*, --config=<file>).")
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--from", required = true,
            description = "Start of the range, inclusive: an ISO-8601 time (2026-11-29T08:00:00Z), a date (2026-11-29), "
                    + "a duration ago (6h) or 'beginning'.")
    String from;

    @Option(names = "--to", description = "End of the range, exclusive, written like --from. Default: now.")
    String to;

    @Option(names = "--source", description = "Only these sources, comma-separated.")
    String sources;

    @Option(names = {"--lang", "--language"}, description = "Only articles the current enricher detects in these languages, comma-separated ISO 639-1 codes.")
    String languages;

    @Option(names = "--dry-run", description = "Only count the articles the replay would re-enrich.")
    boolean dryRun;

    @Option(names = "--no-wait", description = "Copy the range for enrich and return, without following enrich "
            + "(needed when enrich is not running; it re-enriches the range when it starts).")
    boolean noWait;

    @Option(names = "--max-backlog", defaultValue = "2000",
            description = "Copied articles enrich may have left to process before copying pauses, so live articles "
                    + "never wait behind a whole replay. Default: ${DEFAULT-VALUE}.")
    int maxBacklog;

    @Unmatched
    List<String> settings = new ArrayList<>();

    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        Clock clock = Clock.systemUTC();
        Settings config = EnrichSettings.load(settings.toArray(String[]::new));
        ReplayRequest request = new ReplayRequest(start(from, clock), to == null ? null : TimeSpec.instant(to, clock),
                split(sources), split(languages), dryRun);
        SchemaRegistryClient registry = new SchemaRegistryClient(
                SchemaRegistryClientConfig.fromKafkaConfig(ClusterSettings.registryClientConfig(config)));
        ReplayJob job = new ReplayJob(ClusterSettings.kafkaClientConfig(config),
                new SpecificAvroDeserializer<>(registry, RawArticle.class),
                () -> Enricher.languageDetector(EnrichService.languages(config.get(EnrichSettings.LANGUAGES))),
                new ReplayJob.Config(config.get(EnrichSettings.INPUT_TOPIC), config.get(EnrichSettings.REPLAY_TOPIC),
                        config.get(EnrichSettings.APPLICATION_ID), !noWait, maxBacklog, Duration.ofSeconds(30)),
                clock);
        ReplayProgressBar bar = new ReplayProgressBar(err, System.console() != null, clock);
        ReplayResult result = job.run(request, bar);
        bar.finish();
        out.println(summary(result));
        return 0;
    }

    private static Instant start(String spec, Clock clock) {
        return "beginning".equalsIgnoreCase(spec.trim()) || "earliest".equalsIgnoreCase(spec.trim())
                ? Instant.EPOCH : TimeSpec.instant(spec, clock);
    }

    static String summary(ReplayResult result) {
        String range = "[" + result.from() + ", " + result.to() + ")";
        if (result.dryRun()) {
            return String.format("Dry run: %,d articles would be re-enriched, of %,d raw records in %s (%,d unreadable, "
                    + "already in the dead-letter topic). Replay id would be %s.", result.selected(), result.inRange(),
                    range, result.unreadable(), result.replayId());
        }
        String pending = result.pending() == 0 ? "all re-enriched"
                : String.format("%,d not re-enriched yet: enrich processes them when it runs", result.pending());
        return String.format("Replay %s: %,d articles of %s copied for re-enrichment, %s (%,d records in range, %,d "
                + "unreadable), in %s.", result.replayId(), result.copied(), range, pending, result.inRange(),
                result.unreadable(), ReplayProgressBar.duration(result.took()));
    }

    private static Set<String> split(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
