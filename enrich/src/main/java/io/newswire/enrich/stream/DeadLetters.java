package io.newswire.enrich.stream;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.FailedStage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Dead letters: the untouched input, where it came from, which stage gave up on it and why. */
final class DeadLetters {
    private static final int MAX_STACK_TRACE = 8_000;

    private final String application;

    DeadLetters(String application) {
        this.application = application;
    }

    DeadLetter of(SourceRecord source, FailedStage stage, Throwable error, Instant now) {
        Map<String, ByteBuffer> headers = new HashMap<>();
        source.headers().forEach((k, v) -> headers.put(k, v == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(v)));
        return DeadLetter.newBuilder()
                .setTopic(source.topic())
                .setPartition(source.partition())
                .setOffset(source.offset())
                .setRecordTimestamp(source.timestamp() == null ? null : Instant.ofEpochMilli(source.timestamp()))
                .setKey(source.key() == null ? null : ByteBuffer.wrap(source.key()))
                .setValue(source.value() == null ? null : ByteBuffer.wrap(source.value()))
                .setHeaders(headers)
                .setStage(stage)
                .setErrorType(error.getClass().getName())
                .setErrorMessage(message(error))
                .setStackTrace(stackTrace(error))
                .setApplication(application)
                .setFailedAt(now)
                .build();
    }

    /** The error's message and its causes', so "not valid Avro: ..." keeps what the deserializer said. */
    private static String message(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(" | caused by ").append(cause.getClass().getSimpleName()).append(": ")
                        .append(cause.getMessage());
            }
        }
        return message.toString();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() <= MAX_STACK_TRACE ? trace : trace.substring(0, MAX_STACK_TRACE) + "\n...";
    }
}
