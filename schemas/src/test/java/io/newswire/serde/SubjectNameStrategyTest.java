package io.newswire.serde;

import io.newswire.avro.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectNameStrategyTest {

    @Test
    void namesSubjectsAsConfluentDoes() {
        var schema = RawArticle.getClassSchema();
        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("news.raw.v1", false, schema)).isEqualTo("news.raw.v1-value");
        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("news.raw.v1", true, schema)).isEqualTo("news.raw.v1-key");
        assertThat(SubjectNameStrategy.RECORD_NAME.subject("news.raw.v1", false, schema))
                .isEqualTo("io.newswire.avro.RawArticle");
        assertThat(SubjectNameStrategy.TOPIC_RECORD_NAME.subject("news.raw.v1", false, schema))
                .isEqualTo("news.raw.v1-io.newswire.avro.RawArticle");
    }

    @ParameterizedTest
    @CsvSource({
            "topic, TOPIC_NAME",
            "io.confluent.kafka.serializers.subject.TopicNameStrategy, TOPIC_NAME",
            "record, RECORD_NAME",
            "io.confluent.kafka.serializers.subject.RecordNameStrategy, RECORD_NAME",
            "topic-record, TOPIC_RECORD_NAME",
            "TopicRecordNameStrategy, TOPIC_RECORD_NAME"})
    void acceptsShortNamesAndConfluentClassNames(String configured, SubjectNameStrategy expected) {
        assertThat(SubjectNameStrategy.parse(configured)).isEqualTo(expected);
    }

    @Test
    void namesTheAlternativesForAnUnknownStrategy() {
        assertThatThrownBy(() -> SubjectNameStrategy.parse("by-date"))
                .hasMessageContaining("by-date")
                .hasMessageContaining("topic, record or topic-record");
    }
}
