package io.newswire.enrich.topics;

import io.newswire.enrich.topics.classifier.LanguageTopicModel;
import io.newswire.enrich.topics.classifier.TopicModel;
import io.newswire.enrich.topics.classifier.TopicModelCodec;
import io.newswire.enrich.topics.lexicon.Subject;
import io.newswire.enrich.topics.lexicon.SubjectLexicon;
import io.newswire.enrich.topics.text.TopicText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns IPTC Media Topics (top level, several per article, each with a score and the method that gave it) and
 * finer subject tags to an article.
 *
 * <p>Two sources are merged: the statistical classifier of the article's language (trained on SIB-200 and, for
 * Arabic, the ANT news corpus; every topic whose probability clears {@value #MIN_CLASSIFIER_PROBABILITY}, at most
 * {@value #MAX_CLASSIFIER_TOPICS}), and the subject lexicons, whose subjects imply topics the training data has no
 * label for (terrorism implies conflict, war and peace and crime, law and justice). A topic given by both keeps the
 * better score and says which method gave it. Languages without a classifier get lexicon topics only.
 *
 * <p>Loaded once (about a second at most) and thread-safe: share one instance.
 */
public final class TopicTagger {
    public static final String MODEL_RESOURCE = "/io/newswire/enrich/topics/topic-model.bin.gz";
    static final double MIN_CLASSIFIER_PROBABILITY = 0.25;
    static final int MAX_CLASSIFIER_TOPICS = 3;
    static final double MIN_LEXICON_TOPIC_SCORE = SubjectLexicon.MIN_SCORE;
    static final int MAX_TOPICS = 6;
    static final int LEXICON_MAX_TEXT_CHARS = 12_000;

    private static final Logger log = LoggerFactory.getLogger(TopicTagger.class);

    private final TopicModel model;
    private final SubjectLexicon lexicon;
    private final String version;
    /** The lexicons read more of a long article than the classifier does: a subject may come up late. */
    private final int lexiconMaxChars;

    public TopicTagger(TopicModel model, String modelVersion, SubjectLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
        this.version = "iptc-topics/model-" + modelVersion + "/lexicon-" + lexicon.version();
        this.lexiconMaxChars = Math.max(LEXICON_MAX_TEXT_CHARS, model.settings().maxTextChars());
    }

    /** The shipped model and lexicons from the classpath. */
    public static TopicTagger fromClasspath() {
        long start = System.nanoTime();
        byte[] bytes = readModelResource();
        TopicModel model = TopicModelCodec.fromBytes(bytes);
        TopicTagger tagger = new TopicTagger(model, shortHash(bytes), SubjectLexicon.fromClasspath());
        log.info("Topic tagger {} loaded in {} ms: classifiers for {}, lexicons for {}", tagger.version(),
                (System.nanoTime() - start) / 1_000_000, model.languages(), tagger.lexicon.languages());
        return tagger;
    }

    /** Identifies the model and the lexicons, for each enriched record's provenance. */
    public String version() {
        return version;
    }

    public TopicModel model() {
        return model;
    }

    public SubjectLexicon lexicon() {
        return lexicon;
    }

    /**
     * @param languageCode ISO 639-1 from the language detector, or "und"
     */
    public TopicResult tag(String title, String text, String languageCode) {
        String language = languageCode == null ? "und" : languageCode;
        // One normalisation and tokenisation for both readers: the lexicons read the longer text, the classifier its
        // head, which has the tokens it was trained on.
        TopicText lexiconText = TopicText.of(title, text, lexiconMaxChars, model.settings().maxTextChars());
        TopicText topicText = lexiconText.head();
        Map<IptcMediaTopic, TopicAssignment> topics = new EnumMap<>(IptcMediaTopic.class);
        model.forLanguage(language).ifPresent(classifier -> classifierTopics(classifier, topicText)
                .forEach(t -> keepBetter(topics, t)));
        List<SubjectAssignment> subjects = lexicon.match(lexiconText, language);
        for (SubjectAssignment subject : subjects) {
            Subject definition = lexicon.subject(subject.code());
            definition.impliedTopics().forEach((topic, share) -> {
                double score = subject.score() * share;
                if (score >= MIN_LEXICON_TOPIC_SCORE) {
                    keepBetter(topics, new TopicAssignment(topic.code(), topic.label(), round(score), TopicMethod.LEXICON));
                }
            });
        }
        List<TopicAssignment> sorted = new ArrayList<>(topics.values());
        sorted.sort(Comparator.comparingDouble(TopicAssignment::score).reversed().thenComparing(TopicAssignment::code));
        return new TopicResult(sorted.subList(0, Math.min(MAX_TOPICS, sorted.size())), subjects);
    }

    private List<TopicAssignment> classifierTopics(LanguageTopicModel classifier, TopicText text) {
        double[] p = classifier.probabilities(model.features().count(text));
        List<TopicAssignment> found = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            Optional<IptcMediaTopic> topic = IptcMediaTopic.fromCode(classifier.classes().get(c));
            if (topic.isPresent() && p[c] >= MIN_CLASSIFIER_PROBABILITY) {
                found.add(new TopicAssignment(topic.get().code(), topic.get().label(), round(p[c]), TopicMethod.CLASSIFIER));
            }
        }
        found.sort(Comparator.comparingDouble(TopicAssignment::score).reversed());
        return found.subList(0, Math.min(MAX_CLASSIFIER_TOPICS, found.size()));
    }

    private static void keepBetter(Map<IptcMediaTopic, TopicAssignment> topics, TopicAssignment candidate) {
        topics.merge(IptcMediaTopic.of(candidate.code()), candidate,
                (existing, added) -> added.score() > existing.score() ? added : existing);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static byte[] readModelResource() {
        try (InputStream in = TopicTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Topic model missing from the classpath: " + MODEL_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 12 hex digits of the model file's SHA-256: a new model gives a new version. */
    public static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
