package io.newswire.enrich.replay;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The offsets of a time range on each partition of the raw topic: from the first record at or after {@code from} to
 * the first at or after {@code to}, or the end as it is now. The raw topic is stamped with log-append time, which only
 * grows along a partition, so this offset range holds exactly the records of the time range.
 */
final class ReplayRange {
    private final Map<TopicPartition, Long> starts;
    private final Map<TopicPartition, Long> ends;

    private ReplayRange(Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {
        this.starts = Map.copyOf(starts);
        this.ends = Map.copyOf(ends);
    }

    static ReplayRange of(Consumer<?, ?> consumer, Collection<TopicPartition> partitions, Instant from, Instant to) {
        Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> starts = firstAtOrAfter(consumer, partitions, from, now);
        Map<TopicPartition, Long> ends = firstAtOrAfter(consumer, partitions, to, now);
        return new ReplayRange(starts, ends);
    }

    private static Map<TopicPartition, Long> firstAtOrAfter(Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
                                                            Instant time, Map<TopicPartition, Long> endNow) {
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(
                partitions.stream().collect(Collectors.toMap(Function.identity(), p -> time.toEpochMilli())));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = found.get(partition);
            // Nothing that late yet: the range ends where the partition ends now; records appended later are not in it.
            offsets.put(partition, offset == null ? endNow.get(partition) : Math.min(offset.offset(), endNow.get(partition)));
        }
        return offsets;
    }

    long start(TopicPartition partition) {
        return starts.get(partition);
    }

    long end(TopicPartition partition) {
        return ends.get(partition);
    }

    /** Partitions with at least one record in the range. */
    Collection<TopicPartition> nonEmpty() {
        return starts.keySet().stream().filter(p -> end(p) > start(p)).sorted(
                java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    long size() {
        return starts.keySet().stream().mapToLong(p -> end(p) - start(p)).sum();
    }
}
