package io.newswire.enrich.topics.classifier;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trained topic classifier: per-language models sharing one way of extracting features.
 * Immutable and thread-safe.
 */
public final class TopicModel {
    private final FeatureSettings settings;
    private final Map<String, LanguageTopicModel> byLanguage;
    private final TopicFeatures features;

    public TopicModel(FeatureSettings settings, List<LanguageTopicModel> models) {
        this.settings = settings;
        Map<String, LanguageTopicModel> map = new TreeMap<>();
        for (LanguageTopicModel model : models) {
            if (map.put(model.language(), model) != null) {
                throw new IllegalArgumentException("Two models for " + model.language());
            }
        }
        this.byLanguage = Collections.unmodifiableMap(map);
        this.features = new TopicFeatures(settings);
    }

    public FeatureSettings settings() {
        return settings;
    }

    public TopicFeatures features() {
        return features;
    }

    /** Language codes in alphabetical order. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public Optional<LanguageTopicModel> forLanguage(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    public List<LanguageTopicModel> models() {
        return List.copyOf(byLanguage.values());
    }
}
