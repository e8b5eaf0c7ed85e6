package io.newswire.topics;

import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@WithNewswireStack
class TopicProvisionerIT {

    @Test
    void createsMissingTopicsWithTheirSettingsAndIsIdempotent(NewswireStack stack) throws Exception {
        String suffix = TestTopics.unique("");
        List<TopicSpec> specs = NewswireTopics.core(3, (short) 1).stream()
                .map(s -> new TopicSpec(s.name() + suffix, s.partitions(), s.replicationFactor(), s.configs(), s.purpose()))
                .toList();

        try (Admin admin = TestTopics.admin(stack)) {
            TopicProvisioner provisioner = new TopicProvisioner(admin);
            TopicProvisioner.Report first = provisioner.ensure(specs);
            TopicProvisioner.Report second = provisioner.ensure(specs);

            assertThat(first.created()).hasSize(specs.size());
            assertThat(second.created()).isEmpty();
            assertThat(second.existing()).hasSize(specs.size());
            assertThat(second.drift()).isEmpty();

            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, NewswireTopics.RAW + suffix),
                    new ConfigResource(ConfigResource.Type.TOPIC, NewswireTopics.ENRICHED + suffix))).all()
                    .get(10, TimeUnit.SECONDS);
            Config raw = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, NewswireTopics.RAW + suffix));
            Config enriched = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, NewswireTopics.ENRICHED + suffix));
            assertThat(raw.get("retention.ms").value()).isEqualTo("-1");
            assertThat(raw.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(raw.get(NewswireTopics.TIMESTAMP_TYPE).value()).isEqualTo(NewswireTopics.LOG_APPEND_TIME);
            assertThat(enriched.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(NewswireTopics.RAW + suffix)).allTopicNames().get()
                    .get(NewswireTopics.RAW + suffix).partitions()).hasSize(3);
        }
    }

    @Test
    void reportsButNeverAltersAnExistingTopicThatDiffers(NewswireStack stack) {
        String name = TestTopics.create(stack, TestTopics.unique("it.drift"), 1, Map.of("retention.ms", "1000"));
        TopicSpec spec = new TopicSpec(name, 2, (short) 1, Map.of("retention.ms", "-1"), "test");

        try (Admin admin = TestTopics.admin(stack)) {
            TopicProvisioner.Report report = new TopicProvisioner(admin).ensure(List.of(spec));

            assertThat(report.created()).isEmpty();
            assertThat(report.drift()).anySatisfy(d -> assertThat(d).contains("1 partitions, spec asks for 2"))
                    .anySatisfy(d -> assertThat(d).contains("retention.ms=1000, spec says -1"));
        }
    }
}
