package io.newswire.bench;

import io.newswire.avro.Duplicate;
import io.newswire.avro.DuplicateStatus;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.StageTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** What each enrichment stage costs, one thread, no Kafka: the enricher alone on real article texts. */
@Command(name = "stages", mixinStandardHelpOptions = true,
        description = "Cost of each enrichment stage (clean, fingerprint, language, topics, places), one thread, in "
                + "microseconds per article, on the topic data's real texts.")
final class StageCosts implements Callable<Integer> {
    private static final Duplicate ORIGINAL = Duplicate.newBuilder().setStatus(DuplicateStatus.ORIGINAL).setRevision(1).build();

    @Option(names = "--articles", defaultValue = "5000", description = "Articles (default ${DEFAULT-VALUE}).")
    int articleCount;

    @Option(names = "--passes", defaultValue = "3", description = "Passes over them; the last is reported (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--data", defaultValue = "../shared/data/topics", description = "Topic data for real texts (default ${DEFAULT-VALUE}).")
    Path data;

    private List<RawArticle> articles;

    /** For picocli. */
    StageCosts() {
    }

    StageCosts(List<RawArticle> articles) {
        this.articles = articles;
    }

    @Override
    public Integer call() {
        articles = new BenchArticles(data).rawArticles(articleCount);
        System.out.println(String.format(Locale.ROOT, "%nEnricher stages on %d articles, one thread:%n", articles.size())
                + table(microsPerArticle(passes)));
        return 0;
    }

    /** Microseconds per article of each stage, after {@code passes - 1} passes of warm-up. */
    Map<String, Double> microsPerArticle(int passes) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        StageTimer timer = new StageTimer() {
            @Override
            public <T> T time(String stage, Supplier<T> work) {
                long started = System.nanoTime();
                T result = work.get();
                totals.computeIfAbsent(stage, s -> new long[1])[0] += System.nanoTime() - started;
                return result;
            }
        };
        Enricher enricher = Enricher.standard(Set.of(), timer);
        for (int pass = 0; pass < passes; pass++) {
            totals.clear();
            for (RawArticle article : articles) {
                enricher.enrich(enricher.prepare(article), ORIGINAL, ArticleEnricher.Provenance.live(Instant.now()));
            }
        }
        Map<String, Double> micros = new LinkedHashMap<>();
        totals.forEach((stage, nanos) -> micros.put(stage, nanos[0] / 1000.0 / articles.size()));
        return micros;
    }

    static String table(Map<String, Double> micros) {
        double total = micros.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder out = new StringBuilder("Cost of each stage (one thread, µs per article):\n");
        micros.forEach((stage, value) -> out.append(String.format(Locale.ROOT, "  %-12s %9.1f  %5.1f%%%n", stage,
                value, 100 * value / total)));
        out.append(String.format(Locale.ROOT, "  %-12s %9.1f  (%.0f articles/s per core for the enricher alone)%n",
                "total", total, 1e6 / total));
        return out.toString();
    }
}
