package io.newswire.enrich.topics.training;

import io.newswire.enrich.topics.IptcMediaTopic;
import io.newswire.enrich.topics.classifier.LanguageTopicModel;

import java.util.Map;

/**
 * The dataset labels as classifier classes, following the data's README: each maps onto an IPTC top-level topic,
 * except "geography", which is no news topic and becomes the model's "no topic" class. ANT's "world" desk is mostly
 * politics, conflict and security; it becomes politics here and the lexicons add conflict or crime where the words
 * say so. SIB-200's "politics" and ANT's "world" are then one class, so that an Arabic model trained on both
 * corpora learns one politics class.
 */
public final class TrainingLabels {
    private static final Map<String, String> CLASSES = Map.of(
            "politics", IptcMediaTopic.POLITICS.number(),
            "world", IptcMediaTopic.POLITICS.number(),
            "sport", IptcMediaTopic.SPORT.number(),
            "health", IptcMediaTopic.HEALTH.number(),
            "science_technology", IptcMediaTopic.SCIENCE_TECHNOLOGY.number(),
            "entertainment", IptcMediaTopic.ARTS_CULTURE_ENTERTAINMENT_MEDIA.number(),
            "culture", IptcMediaTopic.ARTS_CULTURE_ENTERTAINMENT_MEDIA.number(),
            "economy", IptcMediaTopic.ECONOMY_BUSINESS_FINANCE.number(),
            "travel", IptcMediaTopic.LIFESTYLE_LEISURE.number(),
            "geography", LanguageTopicModel.NO_TOPIC);

    private TrainingLabels() {
    }

    /** The class of a dataset label: an IPTC top-level number or {@link LanguageTopicModel#NO_TOPIC}. */
    public static String classOf(String label) {
        String c = CLASSES.get(label);
        if (c == null) {
            throw new IllegalArgumentException("Unknown training label: " + label);
        }
        return c;
    }

    /** A short name for reports: the IPTC label, or "no topic". */
    public static String describe(String topicClass) {
        return LanguageTopicModel.NO_TOPIC.equals(topicClass) ? "no topic" : IptcMediaTopic.of(topicClass).label();
    }
}
