package io.newswire.enrich.topics.lexicon;

import io.newswire.enrich.topics.IptcMediaTopic;

import java.util.Map;

/**
 * A subject the lexicons can recognise, as declared in {@code subjects.tsv}.
 *
 * @param slug          stable lowercase identifier, for example "terrorism"
 * @param label         English label
 * @param iptcCode      the IPTC Media Topic it maps to, for example "medtop:16000000"
 * @param impliedTopics the top-level topics it implies, each with the share of the subject's score it passes on
 */
public record Subject(String slug, String label, String iptcCode, Map<IptcMediaTopic, Double> impliedTopics) {

    public Subject {
        impliedTopics = Map.copyOf(impliedTopics);
    }
}
