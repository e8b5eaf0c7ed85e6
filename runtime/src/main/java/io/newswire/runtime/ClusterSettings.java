package io.newswire.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings every Newswire service shares: where Kafka and the schema registry are, and how topics are created. Any
 * other Kafka client setting passes through under {@code kafka.} (for example {@code NEWSWIRE_KAFKA_SECURITY_PROTOCOL}),
 * any other registry client setting under {@code schema.registry.}.
 */
public final class ClusterSettings {
    public static final String KAFKA_PREFIX = "kafka.";
    public static final String REGISTRY_PREFIX = "schema.registry.";

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("kafka.bootstrap.servers",
            "127.0.0.1:9092", "Kafka brokers to connect to");
    public static final Setting<String> REGISTRY_URL = Setting.string("schema.registry.url",
            "http://127.0.0.1:8081/apis/ccompat/v7",
            "Schema registry base URL(s), Confluent API; comma-separated for several");
    public static final Setting<String> REGISTRY_USER_INFO = Setting.string("schema.registry.basic.auth.user.info",
            "", "user:password for a registry behind basic authentication").asSecret();
    public static final Setting<Boolean> TOPICS_CREATE = Setting.bool("topics.create", true,
            "Create missing topics at start (an existing topic is never altered)");
    public static final Setting<Integer> TOPICS_PARTITIONS = Setting.integer("topics.partitions", 3,
            "Partitions of topics created at start");
    public static final Setting<Integer> TOPICS_REPLICATION_FACTOR = Setting.integer("topics.replication.factor", 1,
            "Replication factor of topics created at start (3 on a real cluster)");

    public static final List<Setting<?>> ALL = List.of(BOOTSTRAP_SERVERS, REGISTRY_URL, REGISTRY_USER_INFO,
            TOPICS_CREATE, TOPICS_PARTITIONS, TOPICS_REPLICATION_FACTOR);
    public static final List<String> PASS_THROUGH = List.of(KAFKA_PREFIX, REGISTRY_PREFIX);

    private ClusterSettings() {
    }

    /** Every setting a service reads: these, then its own. */
    public static List<Setting<?>> withServiceSettings(List<Setting<?>> own) {
        List<Setting<?>> all = new ArrayList<>(ALL);
        all.addAll(own);
        return all;
    }

    /** Kafka client settings: the bootstrap servers and everything given under {@code kafka.}. */
    public static Map<String, Object> kafkaClientConfig(Settings settings) {
        Map<String, Object> config = new HashMap<>(settings.passThrough(KAFKA_PREFIX));
        config.put("bootstrap.servers", settings.get(BOOTSTRAP_SERVERS));
        return config;
    }

    /** Registry client settings under Confluent's keys, as the serdes read them. */
    public static Map<String, Object> registryClientConfig(Settings settings) {
        Map<String, Object> config = new HashMap<>();
        settings.passThrough(REGISTRY_PREFIX).forEach((key, value) -> config.put(key, value));
        config.put("schema.registry.url", settings.get(REGISTRY_URL));
        String userInfo = settings.get(REGISTRY_USER_INFO);
        if (!userInfo.isBlank()) {
            config.put("basic.auth.user.info", userInfo);
        }
        return config;
    }
}
