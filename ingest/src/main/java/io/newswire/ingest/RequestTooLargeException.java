package io.newswire.ingest;

/** The request went past a limit (bytes, decompressed bytes or records) while it was being read. */
final class RequestTooLargeException extends RuntimeException {
    RequestTooLargeException(String message) {
        super(message);
    }
}
