package io.newswire.enrich.replay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * How far the enrich application has consumed the replay topic, read from its consumer group's committed offsets
 * (its application id), and whether any instance of it is running. Enrich reads a record twice: from the replay topic,
 * then, after the enrichment, from its internal repartition topic on the way to the near-duplicate check and the
 * output; a replayed record is only written out once the second read is committed too.
 */
final class EnrichConsumption {
    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;
    private final String applicationId;

    EnrichConsumption(Admin admin, String applicationId) {
        this.admin = admin;
        this.applicationId = applicationId;
    }

    String applicationId() {
        return applicationId;
    }

    /** Whether the group has members: some enrich instance is consuming. */
    boolean running() {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(applicationId);
            return group != null && group.groupState() != GroupState.DEAD && !group.members().isEmpty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return false;
            }
            throw new ReplayException("Cannot describe the enrich consumer group " + applicationId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ReplayException("Kafka did not describe the enrich consumer group " + applicationId + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("Interrupted", e);
        }
    }

    /** The group's committed position on each of these partitions; 0 where it has none yet. */
    Map<TopicPartition, Long> committed(List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return partitions.stream().collect(Collectors.toMap(p -> p, p -> {
                OffsetAndMetadata offset = offsets.get(p);
                return offset == null ? 0L : offset.offset();
            }));
        } catch (ExecutionException e) {
            throw new ReplayException("Cannot read the committed offsets of " + applicationId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ReplayException("Kafka did not list the offsets of " + applicationId + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("Interrupted", e);
        }
    }

    /** The end, now, of each partition of enrich's internal repartition topics: where its second read must get to. */
    Map<TopicPartition, Long> repartitionEnds() {
        try {
            Set<TopicPartition> internal = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).keySet().stream()
                    .filter(p -> p.topic().startsWith(applicationId + "-") && p.topic().endsWith("-repartition"))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = internal.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new ReplayException("Cannot read the repartition topics of " + applicationId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ReplayException("Kafka did not list the repartition topics of " + applicationId + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("Interrupted", e);
        }
    }

    /** Whether the group has committed at least these positions. */
    boolean reached(Map<TopicPartition, Long> positions) {
        Map<TopicPartition, Long> committed = committed(List.copyOf(positions.keySet()));
        return positions.entrySet().stream().allMatch(e -> committed.get(e.getKey()) >= e.getValue());
    }
}
