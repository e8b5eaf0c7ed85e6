package io.newswire.bench;

import io.newswire.avro.RawArticle;
import io.newswire.client.RawArticleWriter;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.StageTimer;
import io.newswire.enrich.stream.EnrichMetrics;
import io.newswire.enrich.stream.EnrichTopology;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.stack.LocalStack;
import io.newswire.stack.ScratchFolder;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import io.newswire.topics.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Enrich's throughput against an identity exactly-once topology on the same broker, in the same run: both drain the
 * same pre-loaded raw topic (as fresh applications, so both read everything), in alternating rounds. Then each stage
 * of the enricher is timed alone on the same articles, for what each costs.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Enrich topology throughput against an identity exactly-once topology; cost of each stage.")
final class EnrichBenchmark implements java.util.concurrent.Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(EnrichBenchmark.class);

    @Option(names = "--articles", defaultValue = "20000", description = "Articles in the raw topic (default ${DEFAULT-VALUE}).")
    int articleCount;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds of both topologies (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup-rounds", defaultValue = "1",
            description = "Untimed rounds of both first, for the JIT and the broker's caches (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--threads", defaultValue = "2", description = "Stream threads of each topology (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--data", defaultValue = "../shared/data/topics",
            description = "Topic data to take real article texts from, if present (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        List<RawArticle> articles = new BenchArticles(data).rawArticles(articleCount);
        log.info("Preparing the enricher (models load once)");
        Enricher enricher = Enricher.standard(Set.of(), StageTimer.NONE);
        try (ScratchFolder scratch = ScratchFolder.create("newswire-bench-enrich-");
             LocalStack stack = LocalStack.start(LocalStack.Settings.forTests(scratch.path()))) {
            Path dir = scratch.path();
            Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
            try (Admin admin = Admin.create(kafka)) {
                List<TopicSpec> topics = new ArrayList<>(NewswireTopics.core(3, (short) 1));
                topics.add(NewswireTopics.enriched("bench.identity.out", 3, (short) 1));
                new TopicProvisioner(admin).ensure(topics);
            }
            SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
            load(articles, kafka, registry);
            for (int round = 1; round <= warmupRounds; round++) {
                drain("identity", identity(), stack, dir, "bench.identity.out");
                drain("enrich", enrichTopology(enricher, registry), stack, dir, NewswireTopics.ENRICHED);
            }
            Map<String, List<Drained>> drains = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                drains.computeIfAbsent("identity exactly-once topology", k -> new ArrayList<>())
                        .add(drain("identity", identity(), stack, dir, "bench.identity.out"));
                drains.computeIfAbsent("enrich topology", k -> new ArrayList<>())
                        .add(drain("enrich", enrichTopology(enricher, registry), stack, dir, NewswireTopics.ENRICHED));
            }
            report(drains, new StageCosts(articles).microsPerArticle(2));
        }
        return 0;
    }

    private void load(List<RawArticle> articles, Map<String, Object> kafka, SchemaRegistryClient registry) {
        log.info("Loading {} articles into {}", articles.size(), NewswireTopics.RAW);
        try (RawArticleWriter writer = new RawArticleWriter(new HashMap<>(kafka), registry)) {
            List<CompletableFuture<?>> sent = new ArrayList<>();
            articles.forEach(a -> sent.add(writer.write(a)));
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        }
    }

    private static Topology identity() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(NewswireTopics.RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to("bench.identity.out", Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    private Topology enrichTopology(ArticleEnricher enricher, SchemaRegistryClient registry) {
        return EnrichTopology.build(new EnrichTopology.Options(NewswireTopics.RAW, NewswireTopics.REPLAY,
                        NewswireTopics.ENRICHED,
                        NewswireTopics.DEAD_LETTER, Set.of(), 8, Duration.ofDays(30), Duration.ofSeconds(5),
                        "bench " + enricher.version()),
                enricher, registry, EnrichMetrics.discarding(), Clock.systemUTC());
    }

    /** One drain: articles per second, and CPU time of the whole process (broker included) per article. */
    private record Drained(double perSecond, double cpuMicrosPerArticle) {
    }

    /**
     * Runs a fresh application over the whole raw topic. The clock, and the CPU count, run from the first committed
     * output record to the last, counted by a read_committed consumer, so start-up, the first rebalance and the
     * restoration of state are not measured.
     */
    private Drained drain(String name, Topology topology, LocalStack stack, Path dir, String outputTopic)
            throws Exception {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + name + "-" + UUID.randomUUID());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        config.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        log.info("Draining {} articles with the {} topology", articleCount, name);
        try (KafkaStreams streams = new KafkaStreams(topology, config);
             KafkaConsumer<byte[], byte[]> output = committedReader(stack, outputTopic)) {
            streams.start();
            long seen = 0;
            long started = 0;
            long cpuStarted = 0;
            long firstBatch = 0;
            while (seen < articleCount) {
                int polled = output.poll(Duration.ofMillis(50)).count();
                if (polled > 0 && started == 0) {
                    started = System.nanoTime();
                    cpuStarted = ProcessCpu.nanos();
                    firstBatch = polled;
                }
                seen += polled;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long timed = articleCount - firstBatch; // the first batch was already out when the clocks started
            Drained drained = new Drained(timed / seconds, (ProcessCpu.nanos() - cpuStarted) / 1000.0 / timed);
            log.info("{}: {} articles in {} s, {} articles/s, {} µs of CPU each", name, timed,
                    String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.0f", drained.perSecond()),
                    String.format(Locale.ROOT, "%.1f", drained.cpuMicrosPerArticle()));
            return drained;
        }
    }

    /** A consumer of what is committed on the output topic from now on. */
    private static KafkaConsumer<byte[], byte[]> committedReader(LocalStack stack, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private void report(Map<String, List<Drained>> drains, Map<String, Double> stages) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nEnrich benchmark: %d articles, %d timed rounds after %d untimed, %d stream threads each, %d cores, "
                        + "broker on this machine%n%n",
                articleCount, rounds, warmupRounds, threads, Runtime.getRuntime().availableProcessors()));
        List<Double> rates = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        drains.forEach((name, values) -> {
            double rate = median(values.stream().map(Drained::perSecond).toList());
            double micros = median(values.stream().map(Drained::cpuMicrosPerArticle).toList());
            rates.add(rate);
            cpu.add(micros);
            out.append(String.format(Locale.ROOT, "%-32s %s articles/s (median %.0f); CPU per article %s µs (median %.1f)%n",
                    name, values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v.perSecond())).toList(), rate,
                    values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v.cpuMicrosPerArticle())).toList(),
                    micros));
        });
        out.append(String.format(Locale.ROOT, "Ratio enrich / identity: %.2f (target 0.50 or more); by CPU per article: %.2f%n%n",
                rates.get(1) / rates.get(0), cpu.get(0) / cpu.get(1)));
        out.append(StageCosts.table(stages));
        System.out.println(out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
