package io.newswire.enrich.topics.training;

import io.newswire.enrich.topics.classifier.FeatureSettings;
import io.newswire.enrich.topics.classifier.LanguageTopicModel;
import io.newswire.enrich.topics.classifier.SparseVector;
import io.newswire.enrich.topics.classifier.TopicFeatures;
import io.newswire.enrich.topics.classifier.TopicModel;
import io.newswire.enrich.topics.classifier.TopicModelCodec;
import io.newswire.enrich.topics.text.TopicText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the shipped topic model: one classifier per language of the data, on all of it.
 *
 * <pre>java -cp "bench/target/newswire-bench.jar:bench/target/lib/*" \
 *     io.newswire.enrich.topics.training.TopicModelTrainer [data dir] [output file]</pre>
 * Defaults: ../shared/data/topics and {@value #DEFAULT_OUTPUT}, relative to the repository root.
 */
public final class TopicModelTrainer {
    public static final String DEFAULT_DATA = "../shared/data/topics";
    public static final String DEFAULT_OUTPUT = "enrich/src/main/resources/io/newswire/enrich/topics/topic-model.bin.gz";

    private final FeatureSettings featureSettings;
    private final SoftmaxRegressionTrainer regression;

    public TopicModelTrainer(FeatureSettings featureSettings, SoftmaxRegressionTrainer.Settings regressionSettings) {
        this.featureSettings = featureSettings;
        this.regression = new SoftmaxRegressionTrainer(regressionSettings);
    }

    public static TopicModelTrainer withDefaults() {
        return new TopicModelTrainer(FeatureSettings.DEFAULT, SoftmaxRegressionTrainer.Settings.DEFAULT);
    }

    /** One model per language present in the texts; the classes of a language are the labels it has, sorted. */
    public TopicModel train(List<LabelledText> texts) {
        TopicFeatures features = new TopicFeatures(featureSettings);
        Map<String, List<LabelledText>> byLanguage = new TreeMap<>();
        for (LabelledText text : texts) {
            byLanguage.computeIfAbsent(text.language(), l -> new ArrayList<>()).add(text);
        }
        List<LanguageTopicModel> models = new ArrayList<>();
        byLanguage.forEach((language, languageTexts) -> {
            List<String> classes = List.copyOf(new TreeSet<>(languageTexts.stream()
                    .map(t -> TrainingLabels.classOf(t.label())).toList()));
            List<SparseVector> vectors = new ArrayList<>(languageTexts.size());
            int[] labels = new int[languageTexts.size()];
            for (int i = 0; i < languageTexts.size(); i++) {
                LabelledText text = languageTexts.get(i);
                vectors.add(features.extract(TopicText.of(text.title(), text.text(), featureSettings.maxTextChars())));
                labels[i] = classes.indexOf(TrainingLabels.classOf(text.label()));
            }
            models.add(regression.train(language, classes, vectors, labels));
        });
        return new TopicModel(featureSettings, models);
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : DEFAULT_DATA);
        Path output = Path.of(args.length > 1 ? args[1] : DEFAULT_OUTPUT);
        TopicCorpus.requireData(data);
        long start = System.nanoTime();
        List<LabelledText> corpus = TopicCorpus.load(data);
        System.out.printf("Read %d labelled texts from %s%n", corpus.size(), data.toAbsolutePath().normalize());
        TopicModel model = withDefaults().train(corpus);
        byte[] bytes = TopicModelCodec.toBytes(model);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.write(output, bytes);
        for (LanguageTopicModel language : model.models()) {
            System.out.printf("  %s: %,d features, classes %s%n", language.language(), language.featureCount(),
                    language.classes().stream().map(TrainingLabels::describe).toList());
        }
        System.out.printf("Wrote %s: %,d bytes, sha-256 %s, in %.1f s%n", output.toAbsolutePath().normalize(),
                bytes.length, sha256(bytes), (System.nanoTime() - start) / 1e9);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
