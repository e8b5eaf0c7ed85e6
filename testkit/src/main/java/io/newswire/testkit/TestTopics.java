package io.newswire.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.record.TimestampType;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Topics for tests: unique names, so tests sharing the run's broker never see each other's records. */
public final class TestTopics {
    private TestTopics() {
    }

    /** A fresh topic name with the given prefix, for example {@code it.roundtrip.1f3a...}. */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A fresh topic shaped like the raw and replay topics: 3 partitions, and each record stamped with the time the
     * broker appended it, so that a time range is an offset range.
     */
    public static String createArticleTopic(NewswireStack stack, String prefix) {
        return create(stack, unique(prefix), 3, Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
                TimestampType.LOG_APPEND_TIME.name));
    }

    public static String create(NewswireStack stack, String name, int partitions) {
        return create(stack, name, partitions, Map.of());
    }

    public static String create(NewswireStack stack, String name, int partitions, Map<String, String> configs) {
        try (Admin admin = admin(stack)) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
                    .all().get(30, TimeUnit.SECONDS);
            return name;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topic " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Admin admin(NewswireStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }
}
