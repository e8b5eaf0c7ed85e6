package io.newswire.enrich.topics;

/**
 * One IPTC Media Topic (top level) assigned to an article.
 *
 * @param code   for example "medtop:11000000"
 * @param label  English label, for example "politics"
 * @param score  0 to 1
 * @param method what assigned it
 */
public record TopicAssignment(String code, String label, double score, TopicMethod method) {
}
