package io.newswire.bench;

import io.newswire.enrich.language.LanguageDetector;
import io.newswire.enrich.language.LanguageSet;
import io.newswire.enrich.language.LinguaReferenceDetector;
import io.newswire.enrich.language.NgramLanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The language detector against its accuracy reference, Lingua in high-accuracy mode on the full text, in one run on
 * the same test sets and language set: accuracy on titles and on bodies (per language, and the Arabic, Persian and
 * Urdu answers), single-thread throughput on both, heap and load time.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "Language detection: accuracy and single-thread speed against Lingua high-accuracy on full text.")
final class LanguageBenchmark implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(LanguageBenchmark.class);
    private static final List<String> ARABIC_SCRIPT = List.of("ar", "fa", "ur");
    private static final double ACCURACY_TOLERANCE_POINTS = 0.5;
    private static final double TARGET_BODIES_PER_CORE = 5000;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "Directory of the topic data (default: ../shared/data/topics from the repository root).")
    Path data;

    @Option(names = "--languages", split = ",", description = "Languages of both detectors (default: the detector's news set).")
    List<String> languages;

    @Option(names = "--warmup", defaultValue = "3", description = "Seconds of warm-up before each timed phase (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--duration", defaultValue = "5", description = "Seconds per timed phase (default ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() {
        Path directory = data != null ? data : defaultDataDirectory();
        LanguageTestSets sets;
        LanguageSet languageSet;
        try {
            sets = LanguageTestSets.read(directory);
            languageSet = languages == null ? LanguageSet.newsDefault() : LanguageSet.of(languages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        log.info("Test sets from {}: {} titles, {} bodies; languages {}", directory, sets.titles().size(),
                sets.bodies().size(), languageSet);

        Loaded<NgramLanguageDetector> ours = load(() -> NgramLanguageDetector.create(languageSet));
        Loaded<LinguaReferenceDetector> lingua = load(() -> new LinguaReferenceDetector(languageSet));

        log.info("Accuracy: n-gram detector");
        LanguageAccuracy ourTitles = LanguageAccuracy.measure(ours.detector(), sets.titles());
        LanguageAccuracy ourBodies = LanguageAccuracy.measure(ours.detector(), sets.bodies());
        log.info("Accuracy: Lingua high accuracy on full text");
        LanguageAccuracy linguaTitles = LanguageAccuracy.measure(lingua.detector(), sets.titles());
        LanguageAccuracy linguaBodies = LanguageAccuracy.measure(lingua.detector(), sets.bodies());

        Duration warmUp = Duration.ofSeconds(warmupSeconds);
        Duration timed = Duration.ofSeconds(seconds);
        log.info("Throughput, one thread: {} s warm-up and {} s timed per phase", warmupSeconds, seconds);
        DetectorThroughput ourBodySpeed = DetectorThroughput.measure(ours.detector(), sets.bodies(), warmUp, timed);
        DetectorThroughput ourTitleSpeed = DetectorThroughput.measure(ours.detector(), sets.titles(), warmUp, timed);
        DetectorThroughput linguaBodySpeed = DetectorThroughput.measure(lingua.detector(), sets.bodies(), warmUp, timed);
        DetectorThroughput linguaTitleSpeed = DetectorThroughput.measure(lingua.detector(), sets.titles(), warmUp, timed);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nLanguage detection benchmark: %d titles, %d bodies (avg %.0f chars), "
                        + "%d languages configured, %d cores, Java %s%n",
                sets.titles().size(), sets.bodies().size(), ourBodySpeed.averageChars(), languageSet.codes().size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        out.append(String.format(Locale.ROOT, "  n-gram detector: %s%n  reference:       %s%n%n",
                ours.detector().version(), lingua.detector().version()));

        out.append(String.format(Locale.ROOT, "%-28s %14s %14s %10s%n", "", "n-gram", "Lingua (ref)", "diff"));
        accuracyRow(out, "accuracy, titles %", ourTitles, linguaTitles);
        accuracyRow(out, "accuracy, bodies %", ourBodies, linguaBodies);
        speedRow(out, "bodies/s, one thread", ourBodySpeed.perSecond(), linguaBodySpeed.perSecond());
        speedRow(out, "bodies per CPU-second", ourBodySpeed.perCpuSecond(), linguaBodySpeed.perCpuSecond());
        speedRow(out, "titles/s, one thread", ourTitleSpeed.perSecond(), linguaTitleSpeed.perSecond());
        speedRow(out, "titles per CPU-second", ourTitleSpeed.perCpuSecond(), linguaTitleSpeed.perCpuSecond());
        out.append(String.format(Locale.ROOT, "%-28s %14.2f %14.2f%n", "cores busy while timing",
                ourBodySpeed.coresUsed(), linguaBodySpeed.coresUsed()));
        out.append(String.format(Locale.ROOT, "%-28s %14d %14d%n", "heap after load, MB", ours.heapMegabytes(),
                lingua.heapMegabytes()));
        out.append(String.format(Locale.ROOT, "%-28s %14.1f %14.1f%n", "load time, s", ours.seconds(), lingua.seconds()));

        out.append(String.format(Locale.ROOT, "%nPer language, %% correct (n-gram / Lingua):%n"));
        perLanguage(out, "titles", ourTitles, linguaTitles);
        perLanguage(out, "bodies", ourBodies, linguaBodies);
        out.append(String.format(Locale.ROOT, "%nArabic-script answers (expected: given x count):%n"));
        arabicScript(out, "titles", ourTitles, linguaTitles);
        arabicScript(out, "bodies", ourBodies, linguaBodies);
        out.append(String.format(Locale.ROOT, "%nMistakes of the n-gram detector:  titles %s%n", ourTitles.mistakes()));
        out.append(String.format(Locale.ROOT, "                                  bodies %s%n", ourBodies.mistakes()));
        out.append(String.format(Locale.ROOT, "Mistakes of Lingua:               titles %s%n", linguaTitles.mistakes()));
        out.append(String.format(Locale.ROOT, "                                  bodies %s%n", linguaBodies.mistakes()));

        out.append(String.format(Locale.ROOT, "%nTargets: accuracy within %.1f points of the reference: titles %s, bodies %s; "
                        + "%.0f bodies per core or more: %s (%.0f, %.1fx the reference)%n",
                ACCURACY_TOLERANCE_POINTS,
                verdict(ourTitles.percent() >= linguaTitles.percent() - ACCURACY_TOLERANCE_POINTS),
                verdict(ourBodies.percent() >= linguaBodies.percent() - ACCURACY_TOLERANCE_POINTS),
                TARGET_BODIES_PER_CORE, verdict(ourBodySpeed.perCpuSecond() >= TARGET_BODIES_PER_CORE),
                ourBodySpeed.perCpuSecond(), ourBodySpeed.perCpuSecond() / linguaBodySpeed.perCpuSecond()));
        System.out.println(out);
        return 0;
    }

    private static void accuracyRow(StringBuilder out, String name, LanguageAccuracy ours, LanguageAccuracy reference) {
        out.append(String.format(Locale.ROOT, "%-28s %14.3f %14.3f %+10.3f%n", name, ours.percent(),
                reference.percent(), ours.percent() - reference.percent()));
    }

    private static void speedRow(StringBuilder out, String name, double ours, double reference) {
        out.append(String.format(Locale.ROOT, "%-28s %14.0f %14.0f %9.1fx%n", name, ours, reference, ours / reference));
    }

    private static void perLanguage(StringBuilder out, String set, LanguageAccuracy ours, LanguageAccuracy reference) {
        out.append(String.format(Locale.ROOT, "  %-7s", set));
        for (String language : ours.languages()) {
            out.append(String.format(Locale.ROOT, " %s(%d) %.2f/%.2f", language, ours.count(language),
                    ours.percent(language), reference.percent(language)));
        }
        out.append('\n');
    }

    private static void arabicScript(StringBuilder out, String set, LanguageAccuracy ours, LanguageAccuracy reference) {
        for (String language : ARABIC_SCRIPT) {
            out.append(String.format(Locale.ROOT, "  %-7s %s  n-gram %-30s Lingua %s%n", set, language,
                    ours.answers(language), reference.answers(language)));
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /** A detector with what loading it cost. */
    private record Loaded<D extends LanguageDetector>(D detector, double seconds, long heapMegabytes) {
    }

    private static <D extends LanguageDetector> Loaded<D> load(Supplier<D> factory) {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        D detector = factory.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = Math.max(0, usedHeapAfterGc() - before) >> 20;
        return new Loaded<>(detector, seconds, heap);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** ../shared/data/topics from the repository root: the root holds bench/target/newswire-bench.jar. */
    private static Path defaultDataDirectory() {
        Path root = Path.of("").toAbsolutePath();
        try {
            Path jar = Path.of(LanguageBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar) && jar.getParent() != null && jar.getParent().getParent() != null
                    && jar.getParent().getParent().getParent() != null) {
                root = jar.getParent().getParent().getParent();
            }
        } catch (URISyntaxException | SecurityException e) {
            log.debug("Cannot locate the benchmark jar; taking the working directory as the repository root", e);
        }
        return root.resolve("../shared/data/topics").normalize();
    }
}
