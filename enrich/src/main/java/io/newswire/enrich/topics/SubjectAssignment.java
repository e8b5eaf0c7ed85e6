package io.newswire.enrich.topics;

/**
 * A finer subject tag, where the evidence is clear.
 *
 * @param code     a stable lowercase slug, for example "terrorism"
 * @param label    English label
 * @param iptcCode the IPTC Media Topic code it maps to, or null
 * @param score    0 to 1
 * @param method   what assigned it
 */
public record SubjectAssignment(String code, String label, String iptcCode, double score, TopicMethod method) {
}
