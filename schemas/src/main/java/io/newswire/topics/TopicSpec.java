package io.newswire.topics;

import java.util.Map;

/**
 * A topic as Newswire needs it: name, partition count, replication factor and the topic-level configuration that
 * gives it its meaning (retention, compaction).
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs,
                        String purpose) {
    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition");
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs a replication factor of at least 1");
        }
        configs = Map.copyOf(configs);
    }
}
