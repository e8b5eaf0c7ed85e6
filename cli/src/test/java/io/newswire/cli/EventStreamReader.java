package io.newswire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads server-sent events as a browser's EventSource would: events, their ids, and comments such as heartbeats. */
final class EventStreamReader implements AutoCloseable {

    /** One event; {@code id} is the last id seen, as EventSource keeps it. */
    record Event(String type, String id, String data) {
    }

    private final BufferedReader reader;
    private final List<String> comments = new ArrayList<>();
    private String lastId;

    EventStreamReader(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next event, or null when the server closed the stream. */
    Event next() throws IOException {
        String type = "message";
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(type, lastId, data.toString());
                }
                continue;
            }
            if (line.startsWith(":")) {
                comments.add(line.substring(1).trim());
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
            switch (field) {
                case "event" -> type = value;
                case "id" -> lastId = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                }
            }
        }
        return null;
    }

    /** Reads on until the next comment line (a heartbeat, say), passing over any event; null if the stream ends. */
    String nextComment() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith(":")) {
                String comment = line.substring(1).trim();
                comments.add(comment);
                return comment;
            }
        }
        return null;
    }

    String lastId() {
        return lastId;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
