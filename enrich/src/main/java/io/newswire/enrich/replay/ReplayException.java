package io.newswire.enrich.replay;

/** A replay could not run or finish; the message says why and what to do. Replays are idempotent: run it again. */
public final class ReplayException extends RuntimeException {
    public ReplayException(String message) {
        super(message);
    }

    public ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
