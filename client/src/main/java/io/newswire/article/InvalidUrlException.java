package io.newswire.article;

/** A URL that cannot be an article's address; the message says why. */
public final class InvalidUrlException extends IllegalArgumentException {
    public InvalidUrlException(String message) {
        super(message);
    }
}
