package io.newswire.serde;

import org.apache.avro.Schema;

import java.util.Locale;

/**
 * How the subject a schema is registered under is named, as in Confluent's serializers. Accepts Confluent's class
 * names too, so existing client configurations keep working.
 */
public enum SubjectNameStrategy {
    /** {@code <topic>-value} or {@code <topic>-key}: one schema lineage per topic. The default. */
    TOPIC_NAME,
    /** The record's full name: one lineage per record type, across topics. */
    RECORD_NAME,
    /** {@code <topic>-<record full name>}: several record types on one topic. */
    TOPIC_RECORD_NAME;

    public String subject(String topic, boolean isKey, Schema schema) {
        return switch (this) {
            case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
            case RECORD_NAME -> schema.getFullName();
            case TOPIC_RECORD_NAME -> topic + "-" + schema.getFullName();
        };
    }

    public static SubjectNameStrategy parse(String value) {
        String simple = value.trim();
        int dot = simple.lastIndexOf('.');
        if (dot >= 0) {
            simple = simple.substring(dot + 1);
        }
        return switch (simple.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "topic", "topicname", "topicnamestrategy" -> TOPIC_NAME;
            case "record", "recordname", "recordnamestrategy" -> RECORD_NAME;
            case "topicrecord", "topicrecordname", "topicrecordnamestrategy" -> TOPIC_RECORD_NAME;
            default -> throw new IllegalArgumentException("Unknown subject name strategy '" + value
                    + "': use topic, record or topic-record");
        };
    }
}
