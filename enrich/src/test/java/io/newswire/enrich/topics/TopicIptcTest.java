package io.newswire.enrich.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicIptcTest {

    @Test
    void allSeventeenTopLevelTopics() {
        assertThat(IptcMediaTopic.values()).hasSize(17);
        assertThat(IptcMediaTopic.values()).extracting(IptcMediaTopic::code)
                .allMatch(c -> c.matches("medtop:(0[1-9]|1[0-7])000000")).doesNotHaveDuplicates();
        assertThat(IptcMediaTopic.of("medtop:02000000").label()).isEqualTo("crime, law and justice");
        assertThat(IptcMediaTopic.of("16000000")).isEqualTo(IptcMediaTopic.CONFLICT_WAR_PEACE);
        assertThat(IptcMediaTopic.of("medtop:17000000").label()).isEqualTo("weather");
    }

    @Test
    void unknownCodesAreRejected() {
        assertThat(IptcMediaTopic.fromCode("none")).isEmpty();
        assertThatThrownBy(() -> IptcMediaTopic.of("medtop:20000053")).isInstanceOf(IllegalArgumentException.class);
    }
}
