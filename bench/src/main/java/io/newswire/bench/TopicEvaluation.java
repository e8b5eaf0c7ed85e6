package io.newswire.bench;

import io.newswire.enrich.topics.SubjectAssignment;
import io.newswire.enrich.topics.TopicTagger;
import io.newswire.enrich.topics.classifier.FeatureSettings;
import io.newswire.enrich.topics.classifier.LanguageTopicModel;
import io.newswire.enrich.topics.classifier.TopicModel;
import io.newswire.enrich.topics.classifier.TopicModelCodec;
import io.newswire.enrich.topics.text.TopicText;
import io.newswire.enrich.topics.training.ClassificationScores;
import io.newswire.enrich.topics.training.CorpusSplits;
import io.newswire.enrich.topics.training.LabelledText;
import io.newswire.enrich.topics.training.NaiveBayesBaseline;
import io.newswire.enrich.topics.training.SoftmaxRegressionTrainer;
import io.newswire.enrich.topics.training.TopicCorpus;
import io.newswire.enrich.topics.training.TopicModelTrainer;
import io.newswire.enrich.topics.training.TrainingLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Topic classifier accuracy on held-out data, against a naive Bayes baseline trained on the same split, and the
 * tagger's speed. Models are trained in memory on the training part of each split (the shipped model is trained on
 * all the data by TopicModelTrainer); each is measured after a round trip through the model file format.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Topic classifier macro-F1 on held-out SIB-200 sentences and ANT outlets, against naive Bayes; "
                + "tagging throughput.")
final class TopicEvaluation implements Callable<Integer> {

    @Option(names = "--data", description = "The topic data directory (default ../shared/data/topics from the repository root).")
    Path data;

    @Option(names = "--throughput-seconds", defaultValue = "5", description = "Seconds of timed tagging (default ${DEFAULT-VALUE}).")
    int throughputSeconds;

    @Option(names = "--epochs", hidden = true, defaultValue = "-1")
    int epochs;
    @Option(names = "--rate", hidden = true, defaultValue = "-1")
    double rate;
    @Option(names = "--lambda", hidden = true, defaultValue = "-1")
    double lambda;
    @Option(names = "--min-docs", hidden = true, defaultValue = "-1")
    int minDocs;
    @Option(names = "--prune", hidden = true, defaultValue = "-1")
    double prune;
    @Option(names = "--char-min", hidden = true, defaultValue = "-1")
    int charMin;
    @Option(names = "--char-max", hidden = true, defaultValue = "-1")
    int charMax;
    @Option(names = "--no-bigrams", hidden = true)
    boolean noBigrams;
    @Option(names = "--max-text-chars", hidden = true, defaultValue = "-1")
    int maxTextChars;

    @Override
    public Integer call() throws Exception {
        Path dataDir = data != null ? data : defaultDataDir();
        try {
            TopicCorpus.requireData(dataDir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        List<LabelledText> corpus = TopicCorpus.load(dataDir);
        TopicModelTrainer trainer = new TopicModelTrainer(featureSettings(), regressionSettings());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nTopic classifier evaluation: %,d labelled texts from %s%n",
                corpus.size(), dataDir.toAbsolutePath().normalize()));
        out.append("Macro-F1 over the classes present in each test set. \"ours\": softmax regression on words, word "
                + "bigrams and character n-grams (the shipped method);\n\"NB\": naive Bayes on normalised word 1-2-grams, "
                + "trained on the same split.\n");
        sib(corpus, trainer, out);
        ant(corpus, trainer, out);
        System.out.print(out);
        System.out.flush();
        StringBuilder speed = new StringBuilder();
        throughputAndSubjects(corpus, speed);
        speed.append(String.format(Locale.ROOT, "%nTotal time %.0f s%n", (System.nanoTime() - start) / 1e9));
        System.out.println(speed);
        return 0;
    }

    private void sib(List<LabelledText> corpus, TopicModelTrainer trainer, StringBuilder out) {
        CorpusSplits.Split split = CorpusSplits.sib(corpus);
        TopicModel model = roundTrip(trainer.train(split.train()));
        Map<String, List<LabelledText>> testByLanguage = new TreeMap<>();
        split.test().forEach(t -> testByLanguage.computeIfAbsent(t.language(), l -> new ArrayList<>()).add(t));
        out.append(String.format(Locale.ROOT, "%nSIB-200, the same %d sentence numbers held out in every language "
                        + "(training: the other sentences; Arabic also all of ANT)%n",
                split.test().stream().map(LabelledText::group).distinct().count()));
        out.append(String.format(Locale.ROOT, "%-8s %6s %8s %8s %8s%n", "language", "test", "ours", "NB", "ours-NB"));
        double oursSum = 0;
        double nbSum = 0;
        for (Map.Entry<String, List<LabelledText>> e : testByLanguage.entrySet()) {
            String language = e.getKey();
            ClassificationScores ours = score(e.getValue(), ours(model, language));
            ClassificationScores nb = score(e.getValue(),
                    baseline(split.train(), t -> t.language().equals(language)));
            oursSum += ours.macroF1();
            nbSum += nb.macroF1();
            out.append(String.format(Locale.ROOT, "%-8s %6d %8.3f %8.3f %+8.3f%n", language, ours.count(),
                    ours.macroF1(), nb.macroF1(), ours.macroF1() - nb.macroF1()));
        }
        int n = testByLanguage.size();
        out.append(String.format(Locale.ROOT, "%-8s %6s %8.3f %8.3f %+8.3f%n", "mean", "", oursSum / n, nbSum / n,
                (oursSum - nbSum) / n));
    }

    private void ant(List<LabelledText> corpus, TopicModelTrainer trainer, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%nANT (Arabic news), one outlet held out, trained on the other two "
                + "(ours and NB also on all Arabic SIB-200 sentences; \"NB ANT\": NB on the two outlets only, the bar)%n"));
        out.append(String.format(Locale.ROOT, "%-16s %6s %8s %8s %8s   %s%n", "held out", "test", "ours", "NB",
                "NB ANT", "F1 per class, ours"));
        ClassificationScores allOurs = new ClassificationScores();
        ClassificationScores allNb = new ClassificationScores();
        ClassificationScores allNbAnt = new ClassificationScores();
        for (String outlet : CorpusSplits.ANT_OUTLETS) {
            CorpusSplits.Split split = CorpusSplits.antOutlet(corpus, outlet);
            List<LabelledText> arabicTrain = split.train().stream().filter(t -> t.language().equals("ar")).toList();
            TopicModel model = roundTrip(trainer.train(arabicTrain));
            ClassificationScores ours = score(split.test(), ours(model, "ar"));
            ClassificationScores nb = score(split.test(), baseline(arabicTrain, t -> true));
            ClassificationScores nbAnt = score(split.test(),
                    baseline(arabicTrain, t -> t.corpus() == LabelledText.Corpus.ANT));
            allOurs.addAll(ours);
            allNb.addAll(nb);
            allNbAnt.addAll(nbAnt);
            out.append(row(outletName(outlet), ours, nb, nbAnt));
        }
        out.append(row("all three pooled", allOurs, allNb, allNbAnt));
    }

    private static String row(String name, ClassificationScores ours, ClassificationScores nb, ClassificationScores nbAnt) {
        StringBuilder perClass = new StringBuilder();
        ours.f1ByClass().forEach((c, f1) -> perClass.append(String.format(Locale.ROOT, "%s %.2f; ",
                TrainingLabels.describe(c).split(",")[0], f1)));
        return String.format(Locale.ROOT, "%-16s %6d %8.3f %8.3f %8.3f   %s%n", name, ours.count(), ours.macroF1(),
                nb.macroF1(), nbAnt.macroF1(), perClass);
    }

    private static String outletName(String outlet) {
        return switch (outlet) {
            case "AL" -> "Al Arabiya";
            case "SK" -> "Sky News Arabia";
            case "CN" -> "CNN Arabic";
            default -> outlet;
        };
    }

    /** Classifies a text: its class key. */
    private interface Classifier {
        String classify(LabelledText text);
    }

    private static Classifier ours(TopicModel model, String language) {
        LanguageTopicModel classifier = model.forLanguage(language).orElseThrow();
        int maxChars = model.settings().maxTextChars();
        return text -> classifier.classes().get(classifier.predict(
                model.features().extract(TopicText.of(text.title(), text.text(), maxChars))));
    }

    private static Classifier baseline(List<LabelledText> train, Predicate<LabelledText> use) {
        NaiveBayesBaseline nb = NaiveBayesBaseline.train(train.stream().filter(use).toList());
        return text -> nb.predict(text.title(), text.text());
    }

    private static ClassificationScores score(List<LabelledText> test, Classifier classifier) {
        ClassificationScores scores = new ClassificationScores();
        for (LabelledText text : test) {
            scores.add(TrainingLabels.classOf(text.label()), classifier.classify(text));
        }
        return scores;
    }

    private static TopicModel roundTrip(TopicModel model) {
        return TopicModelCodec.fromBytes(TopicModelCodec.toBytes(model));
    }

    /** Speed of the shipped tagger, one thread, and how often each lexicon subject fires per ANT desk. */
    private void throughputAndSubjects(List<LabelledText> corpus, StringBuilder out) {
        long loadStart = System.nanoTime();
        TopicTagger tagger = TopicTagger.fromClasspath();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<LabelledText> articles = corpus.stream().filter(t -> t.corpus() == LabelledText.Corpus.ANT).toList();
        long chars = 0;
        long tagged = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            LabelledText a = articles.get(i % articles.size());
            tagger.tag(a.title(), a.text(), a.language());
        }
        long start = System.nanoTime();
        long end = start + throughputSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            LabelledText a = articles.get((int) (tagged % articles.size()));
            tagger.tag(a.title(), a.text(), a.language());
            chars += a.title().length() + a.text().length();
            tagged++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.append(String.format(Locale.ROOT, "%nShipped tagger %s: loaded in %.0f ms; %,.0f articles/s on one thread "
                        + "(ANT articles, mean %,d characters; %.1f MB of text/s)%n", tagger.version(), loadMs,
                tagged / seconds, chars / tagged, chars / seconds / 1e6));

        Map<String, Map<String, Integer>> firing = new TreeMap<>();
        Map<String, Integer> desks = new TreeMap<>();
        for (LabelledText a : articles) {
            desks.merge(a.label(), 1, Integer::sum);
            for (SubjectAssignment s : tagger.tag(a.title(), a.text(), a.language()).subjects()) {
                firing.computeIfAbsent(s.code(), k -> new TreeMap<>()).merge(a.label(), 1, Integer::sum);
            }
        }
        out.append("\nLexicon subjects on the ANT articles, % of each desk's articles (a sanity check on precision: "
                + "ANT has no such labels)\n");
        out.append(String.format(Locale.ROOT, "%-20s", "subject"));
        desks.keySet().forEach(d -> out.append(String.format(Locale.ROOT, " %18s", d)));
        out.append('\n');
        firing.forEach((subject, byDesk) -> {
            out.append(String.format(Locale.ROOT, "%-20s", subject));
            desks.forEach((desk, n) -> out.append(String.format(Locale.ROOT, " %17.1f%%",
                    100.0 * byDesk.getOrDefault(desk, 0) / n)));
            out.append('\n');
        });
        Map<String, Map<String, Integer>> sibFiring = new TreeMap<>();
        for (LabelledText s : corpus) {
            if (s.corpus() == LabelledText.Corpus.SIB200) {
                for (SubjectAssignment subject : tagger.tag(s.title(), s.text(), s.language()).subjects()) {
                    sibFiring.computeIfAbsent(subject.code(), k -> new TreeMap<>()).merge(s.language(), 1, Integer::sum);
                }
            }
        }
        out.append("\nLexicon subjects on the 800 SIB-200 sentences per language (the same sentences translated: "
                + "similar counts across languages mean similar coverage)\n");
        sibFiring.forEach((subject, byLanguage) -> out.append(String.format(Locale.ROOT, "%-20s %s%n", subject, byLanguage)));
    }

    private FeatureSettings featureSettings() {
        FeatureSettings d = FeatureSettings.DEFAULT;
        return new FeatureSettings(!noBigrams && d.wordBigrams(), charMin >= 0 ? charMin : d.charMin(),
                charMax >= 0 ? charMax : d.charMax(), maxTextChars > 0 ? maxTextChars : d.maxTextChars());
    }

    private SoftmaxRegressionTrainer.Settings regressionSettings() {
        SoftmaxRegressionTrainer.Settings d = SoftmaxRegressionTrainer.Settings.DEFAULT;
        return new SoftmaxRegressionTrainer.Settings(epochs > 0 ? epochs : d.epochs(), rate > 0 ? rate : d.learningRate(),
                lambda >= 0 ? lambda : d.lambda(), minDocs > 0 ? minDocs : d.minDocs(), prune >= 0 ? prune : d.pruneBelow(),
                d.seed());
    }

    /** ../shared/data/topics from the repository root, found by walking up from the working directory. */
    private static Path defaultDataDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("enrich"))) {
                return p.resolve(TopicModelTrainer.DEFAULT_DATA).normalize();
            }
        }
        return dir.resolve(TopicModelTrainer.DEFAULT_DATA).normalize();
    }
}
