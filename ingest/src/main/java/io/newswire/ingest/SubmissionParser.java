package io.newswire.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.newswire.article.RefusalReason;
import io.newswire.article.Violation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the records of a request body one at a time, as they arrive: a single JSON object, a JSON array of objects,
 * or NDJSON (one object per line). A record that cannot be read is reported and, where the format allows (NDJSON,
 * and array elements that are not objects), the next one is read. Nothing is read whole: records past the size limit
 * are skipped as they stream by, and the count of records is bounded.
 */
final class SubmissionParser {
    /** How the body is framed. */
    enum Format { JSON, NDJSON }

    /** One record of the body, read or not. */
    sealed interface Submission {
        int index();
    }

    record Parsed(int index, ArticleJsonReader.Result article, long bytes) implements Submission {
    }

    record Unreadable(int index, Violation violation) implements Submission {
    }

    /** The body as a whole cannot be read further (broken JSON syntax); records before it were delivered. */
    static final class MalformedBodyException extends Exception {
        private final transient Violation violation;

        MalformedBodyException(Violation violation) {
            super(violation.message());
            this.violation = violation;
        }

        Violation violation() {
            return violation;
        }
    }

    private static final int MAX_NESTING = 16;
    private static final int CHUNK = 64 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final JsonFactory factory;
    private final ArticleJsonReader reader = new ArticleJsonReader();
    private final ArticleLineScanner scanner = new ArticleLineScanner();
    private final long maxRecordBytes;
    private final int maxRecords;

    SubmissionParser(long maxRequestBytes, long maxRecordBytes, int maxRecords) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxRequestBytes))
                        .maxDocumentLength(maxRequestBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.maxRecordBytes = maxRecordBytes;
        this.maxRecords = maxRecords;
    }

    /** Delivers every record to the sink, in order. Throws when the body itself is broken or too large. */
    void parse(InputStream body, Format format, Consumer<Submission> sink) throws IOException, MalformedBodyException {
        switch (format) {
            case JSON -> {
                InputStream rest;
                PushbackInputStream peek = new PushbackInputStream(body, 1);
                if (firstNonWhitespace(peek) == '{') {
                    // One article, what most scrapers send: read whole (it may not be larger than a record) and tried
                    // on the fast path, like an NDJSON line; anything else streams through Jackson as it is.
                    byte[] whole = peek.readNBytes((int) Math.min(maxRecordBytes + 1, Integer.MAX_VALUE - 16));
                    ArticleLineScanner.Scanned plain = whole.length > maxRecordBytes ? null
                            : scanner.scan(whole, 0, whole.length);
                    if (plain != null) {
                        sink.accept(new Parsed(0, new ArticleJsonReader.Result(plain.draft(), List.of(), plain.body()),
                                whole.length));
                        return;
                    }
                    rest = new SequenceInputStream(new ByteArrayInputStream(whole), peek);
                } else {
                    rest = peek;
                }
                try {
                    parseJson(new StrictUtf8InputStream(rest), sink);
                } catch (Utf8Check.InvalidUtf8Exception e) {
                    throw new MalformedBodyException(new Violation(RefusalReason.INVALID_UTF8, null, e.getMessage()));
                }
            }
            // Each line is checked on its own: a bad line is refused and the next one read.
            case NDJSON -> parseLines(body, sink);
        }
    }

    private void parseJson(InputStream body, Consumer<Submission> sink) throws IOException, MalformedBodyException {
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw malformed("the body is empty");
            }
            if (first == JsonToken.START_OBJECT) {
                // One article: the body must end after it before anything is stored, so a body with more after its
                // object is refused whole instead of half-stored.
                Submission only = readObject(parser, 0);
                if (parser.nextToken() != null) {
                    throw malformed("there is more after the JSON object (for several articles, send a JSON array or "
                            + "application/x-ndjson)");
                }
                sink.accept(only);
                return;
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw malformed("the JSON array is not closed");
                    }
                    checkCount(index);
                    if (token == JsonToken.START_OBJECT) {
                        sink.accept(readObject(parser, index));
                    } else {
                        parser.skipChildren();
                        sink.accept(new Unreadable(index, new Violation(RefusalReason.INVALID_JSON, null,
                                "array element " + index + " is not a JSON object")));
                    }
                    index++;
                }
            } else {
                throw malformed("the body must be a JSON object, an array of objects, or NDJSON");
            }
            if (parser.nextToken() != null) {
                throw malformed("there is more after the JSON value (for one object per line, send application/x-ndjson)");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(violation(e));
        }
    }

    private Submission readObject(JsonParser parser, int index) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        ArticleJsonReader.Result article = reader.read(parser);
        long bytes = parser.currentLocation().getByteOffset() - start;
        return bytes > maxRecordBytes ? new Unreadable(index, tooLarge(bytes)) : new Parsed(index, article, bytes);
    }

    private void parseLines(InputStream body, Consumer<Submission> sink) throws IOException {
        byte[] chunk = new byte[CHUNK];
        LineBuffer line = new LineBuffer();
        int index = 0;
        for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
            int start = 0;
            for (int i = newline(chunk, 0, n); i >= 0; i = newline(chunk, start, n)) {
                if (line.isEmpty()) {
                    // The whole line is in this chunk (most are): read where it is.
                    if (!isBlank(chunk, start, i)) {
                        checkCount(index);
                        sink.accept(readLine(chunk, start, i, i - start, index++));
                    }
                } else {
                    line.append(chunk, start, i - start);
                    if (!line.isBlank()) {
                        checkCount(index);
                        sink.accept(readLine(line.bytes, 0, line.kept, line.total, index++));
                    }
                    line.clear();
                }
                start = i + 1;
            }
            line.append(chunk, start, n - start);
        }
        if (!line.isBlank()) {
            checkCount(index);
            sink.accept(readLine(line.bytes, 0, line.kept, line.total, index));
        }
    }

    /** Where the next '\n' is in {@code bytes[from, to)}, or -1; eight bytes at a time. */
    static int newline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
            // The lowest flagged byte is the first zero byte, that is the first newline (little-endian).
            long zero = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One NDJSON line: kept up to the record limit; past it, only counted while the rest streams by. */
    private final class LineBuffer {
        private byte[] bytes = new byte[(int) Math.min(maxRecordBytes + 1, 64 * 1024)];
        private int kept;
        private long total;

        void append(byte[] source, int offset, int count) {
            total += count;
            if (total > maxRecordBytes) {
                return;
            }
            if (kept + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(maxRecordBytes, Math.max(kept + count, 2L * bytes.length)));
            }
            System.arraycopy(source, offset, bytes, kept, count);
            kept += count;
        }

        boolean tooLarge() {
            return total > maxRecordBytes;
        }

        boolean isBlank() {
            return !tooLarge() && SubmissionParser.isBlank(bytes, 0, kept);
        }

        boolean isEmpty() {
            return total == 0;
        }

        void clear() {
            kept = 0;
            total = 0;
        }
    }

    /**
     * One line, {@code bytes[from, to)} without its newline, {@code total} bytes long as sent (more than kept if it
     * is over the record limit). Nothing read keeps a reference to {@code bytes}, which are reused.
     */
    private Submission readLine(byte[] bytes, int from, int to, long total, int index) {
        if (total > maxRecordBytes) {
            return new Unreadable(index, tooLarge(total));
        }
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        ArticleLineScanner.Scanned plain = scanner.scan(bytes, from, end);
        if (plain != null) {
            return new Parsed(index, new ArticleJsonReader.Result(plain.draft(), List.of(), plain.body()), end - from);
        }
        try {
            Utf8Check utf8 = new Utf8Check();
            utf8.update(bytes, from, end);
            utf8.finish();
        } catch (Utf8Check.InvalidUtf8Exception e) {
            return new Unreadable(index, new Violation(RefusalReason.INVALID_UTF8, null,
                    "line " + (index + 1) + ": " + e.getMessage()));
        }
        try (JsonParser parser = factory.createParser(bytes, from, end - from)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Unreadable(index, new Violation(RefusalReason.INVALID_JSON, null,
                        "line " + (index + 1) + " is not a JSON object"));
            }
            ArticleJsonReader.Result article = reader.read(parser);
            if (parser.nextToken() != null) {
                return new Unreadable(index, new Violation(RefusalReason.INVALID_JSON, null,
                        "line " + (index + 1) + " has more after its JSON object"));
            }
            return new Parsed(index, article, end - from);
        } catch (IOException e) {
            return new Unreadable(index, violation(e));
        }
    }

    /** Skips JSON whitespace and returns the next byte, left unread (-1 at the end). */
    private static int firstNonWhitespace(PushbackInputStream in) throws IOException {
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            b = in.read();
        }
        if (b >= 0) {
            in.unread(b);
        }
        return b;
    }

    private void checkCount(int index) {
        if (index >= maxRecords) {
            throw new RequestTooLargeException("the request has more than " + maxRecords + " records; records from "
                    + maxRecords + " on were not read");
        }
    }

    private Violation tooLarge(long bytes) {
        return new Violation(RefusalReason.RECORD_TOO_LARGE, null,
                "the record has " + bytes + " bytes, the limit is " + maxRecordBytes);
    }

    private static Violation violation(IOException e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        String location = e instanceof JsonProcessingException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
                : "";
        boolean utf8 = message != null && message.contains("UTF-8");
        return new Violation(utf8 ? RefusalReason.INVALID_UTF8 : RefusalReason.INVALID_JSON, null,
                (utf8 ? "not valid UTF-8: " : "not valid JSON: ") + firstLine(message) + location);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static MalformedBodyException malformed(String message) {
        return new MalformedBodyException(new Violation(RefusalReason.INVALID_JSON, null, message));
    }
}
