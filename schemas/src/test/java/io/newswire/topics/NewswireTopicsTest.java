package io.newswire.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewswireTopicsTest {

    @Test
    void theRawTopicKeepsEverythingAndTheEnrichedTopicTheNewestOfEachId() {
        TopicSpec raw = NewswireTopics.raw(6, (short) 3);
        TopicSpec enriched = NewswireTopics.enriched(NewswireTopics.ENRICHED, 6, (short) 3);

        assertThat(raw.configs()).containsEntry("retention.ms", "-1").containsEntry("retention.bytes", "-1")
                .containsEntry("cleanup.policy", "delete");
        assertThat(enriched.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(NewswireTopics.deadLetter(6, (short) 3).configs()).containsEntry("cleanup.policy", "delete");
    }

    @Test
    void minInsyncReplicasAllowsOneBrokerDownOnThreeReplicas() {
        assertThat(NewswireTopics.raw(1, (short) 1).configs()).containsEntry("min.insync.replicas", "1");
        assertThat(NewswireTopics.raw(1, (short) 3).configs()).containsEntry("min.insync.replicas", "2");
    }

    @Test
    void languageRoutesAreNamedByCode() {
        assertThat(NewswireTopics.languageRoute("ar", 3, (short) 1).name()).isEqualTo("news.enriched.lang.ar");
    }

    @Test
    void refusesImpossibleSpecs() {
        assertThatThrownBy(() -> NewswireTopics.raw(0, (short) 1)).hasMessageContaining("at least one partition");
    }
}
