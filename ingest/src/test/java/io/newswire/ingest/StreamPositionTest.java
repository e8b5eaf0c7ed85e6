package io.newswire.ingest;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamPositionTest {

    @Test
    void anEventIdCarriesEveryPartitionsNextOffset() {
        StreamPosition start = new StreamPosition("news.enriched.v1", Map.of(0, 10L, 1, 4L, 2, 0L));
        StreamPosition after = start.after(1, 7).after(2, 0);

        assertThat(after.id()).isEqualTo("news.enriched.v1@0:10,1:8,2:1");
        assertThat(StreamPosition.parse(after.id())).isEqualTo(after);
        assertThat(StreamPosition.parse("news.enriched.v1@").nextOffsets()).isEmpty();
    }

    @Test
    void aTopicNameWithAnAtSignStillParses() {
        assertThat(StreamPosition.parse("odd@topic@0:3").topic()).isEqualTo("odd@topic");
    }

    @Test
    void malformedIdsAreRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> StreamPosition.parse("12345")).hasMessageContaining("<topic>@<partition>:<offset>");
        assertThatThrownBy(() -> StreamPosition.parse("t@0:x")).hasMessageContaining("not <partition>:<offset>");
        assertThatThrownBy(() -> StreamPosition.parse("t@0")).hasMessageContaining("not <partition>:<offset>");
    }
}
