package io.newswire.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a server-sent event stream stands: for each partition of the topic, the next offset to read after the last
 * event sent from it. It is every event's id ({@code news.enriched.v1@0:15,1:22,2:9}), so a client that reconnects with
 * {@code Last-Event-ID} resumes every partition exactly where it left it: one partition's offset alone would lose
 * what the others had not yet sent.
 */
record StreamPosition(String topic, Map<Integer, Long> nextOffsets) {

    StreamPosition {
        nextOffsets = Map.copyOf(nextOffsets);
    }

    StreamPosition after(int partition, long offset) {
        Map<Integer, Long> next = new TreeMap<>(nextOffsets);
        next.put(partition, offset + 1);
        return new StreamPosition(topic, next);
    }

    String id() {
        return topic + "@" + new TreeMap<>(nextOffsets).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Reads an event id; throws IllegalArgumentException, naming the problem, when it is not one of ours. */
    static StreamPosition parse(String id) {
        int at = id.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("Last-Event-ID '" + abbreviate(id) + "' is not <topic>@<partition>:<offset>,...");
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        String positions = id.substring(at + 1);
        if (!positions.isEmpty()) {
            for (String position : positions.split(",")) {
                String[] parts = position.split(":");
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException();
                    }
                    offsets.put(Integer.parseInt(parts[0].trim()), Long.parseLong(parts[1].trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Last-Event-ID '" + abbreviate(id)
                            + "' has a position that is not <partition>:<offset>");
                }
            }
        }
        return new StreamPosition(id.substring(0, at), offsets);
    }

    private static String abbreviate(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }
}
