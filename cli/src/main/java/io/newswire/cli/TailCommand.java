package io.newswire.cli;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Place;
import io.newswire.avro.Subject;
import io.newswire.client.subscribe.ArticleFilter;
import io.newswire.client.subscribe.ArticleJson;
import io.newswire.client.subscribe.ArticleSubscriber;
import io.newswire.client.subscribe.ReceivedArticle;
import io.newswire.client.subscribe.StartPosition;
import io.newswire.client.subscribe.TimeSpec;
import io.newswire.topics.NewswireTopics;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Prints enriched articles as they are, or were, published: {@code tail} for news. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print enriched articles that match the filters, from a time on; with --follow, keep printing as they "
                + "arrive. The cluster: --kafka.bootstrap.servers=..., --schema.registry.url=..., NEWSWIRE_* or --config=<file>.")
final class TailCommand implements Callable<Integer> {

    @Option(names = "--from", defaultValue = "now",
            description = "Where to start: beginning, now, an ISO-8601 time (2026-11-29T08:00:00Z), a date (2026-11-29) or a duration ago (2h). Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new articles until Ctrl-C (otherwise stop at the end of what is there).")
    boolean follow;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"--lang", "--language"}, description = "Languages, comma-separated ISO 639-1 codes (ar,fr).")
    String languages;

    @Option(names = "--topic", description = "IPTC Media Topic codes, comma-separated (medtop:11000000 or 11000000).")
    String topics;

    @Option(names = "--subject", description = "Subject codes, comma-separated (terrorism,elections).")
    String subjects;

    @Option(names = "--source", description = "Sources, comma-separated.")
    String sources;

    @Option(names = "--place", description = "Countries mentioned, comma-separated ISO 3166-1 alpha-2 codes (MA,US).")
    String places;

    @Option(names = "--limit", description = "Stop after this many articles.")
    Integer limit;

    @Option(names = "--kafka-topic", defaultValue = NewswireTopics.ENRICHED,
            description = "The topic to read: ${DEFAULT-VALUE}, or a routed one such as news.enriched.lang.ar.")
    String kafkaTopic;

    @Option(names = "--group", description = "Read as this consumer group and commit positions (a second run goes on where this one stopped).")
    String group;

    /** Where the cluster is, as for every command: --kafka.bootstrap.servers=..., NEWSWIRE_* or --config=file. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new IllegalArgumentException("--format is text or json, not " + format);
        };
        StartPosition start = TimeSpec.startPosition(from, Clock.systemUTC());
        Settings cluster = Settings.load(ClusterSettings.ALL, ClusterSettings.PASS_THROUGH, settings.toArray(String[]::new));
        ArticleSubscriber.Builder builder = ArticleSubscriber.builder()
                .kafkaProperties(ClusterSettings.kafkaClientConfig(cluster))
                .schemaRegistry(SchemaRegistryClientConfig.fromKafkaConfig(ClusterSettings.registryClientConfig(cluster)))
                .topic(kafkaTopic)
                .filter(ArticleFilter.parse(languages, topics, subjects, sources, places))
                .from(start);
        if (group != null) {
            builder.groupId(group);
        }
        int printed = 0;
        try (ArticleSubscriber subscriber = builder.build()) {
            Thread stopOnSignal = new Thread(subscriber::stop, "tail-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            while (limit == null || printed < limit) {
                List<ReceivedArticle> batch = subscriber.poll(Duration.ofMillis(500));
                for (int i = 0; i < batch.size(); i++) {
                    ReceivedArticle received = batch.get(i);
                    out.println(json ? ArticleJson.of(received.article()) : text(received));
                    if (limit != null && ++printed >= limit) {
                        // With a group, what was not printed must not be committed: the next run prints it.
                        subscriber.unread(batch.subList(i + 1, batch.size()));
                        break;
                    }
                }
                subscriber.commit();
                if (!follow && subscriber.caughtUp()) {
                    break;
                }
            }
            removeHook(stopOnSignal);
        } catch (WakeupException stopped) {
            // Ctrl-C while following: a normal end.
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the hook runs, and stopping a closed subscriber is harmless.
        }
    }

    /** Two lines per article: when, language and title; then topics, subjects, places, source and id. */
    static String text(ReceivedArticle received) {
        EnrichedArticle a = received.article();
        String topics = a.getTopics().stream().map(t -> t.getLabel() + String.format(Locale.ROOT, " %.2f", t.getScore()))
                .collect(Collectors.joining(", "));
        String subjects = a.getSubjects().stream().map(Subject::getCode).collect(Collectors.joining(", "));
        String places = a.getPlaces().stream().map(Place::getCountryCode).collect(Collectors.joining(", "));
        return received.timestamp() + "  " + a.getLanguage().getCode() + "  " + (a.getTitle() == null ? "(no title)" : a.getTitle())
                + "\n    topics: " + (topics.isEmpty() ? "-" : topics)
                + " | subjects: " + (subjects.isEmpty() ? "-" : subjects)
                + " | places: " + (places.isEmpty() ? "-" : places)
                + " | " + a.getRaw().getSource() + " | " + a.getId()
                + (a.getDuplicate().getDuplicateOf() != null ? " | duplicate of " + a.getDuplicate().getDuplicateOf() : "");
    }
}
