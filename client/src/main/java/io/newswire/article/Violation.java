package io.newswire.article;

/**
 * One thing wrong with a record.
 *
 * @param reason  the kind of problem
 * @param field   the offending field ({@code authors[2]}, {@code attributes.image}), or null for the whole record
 * @param message what is wrong, for a person
 */
public record Violation(RefusalReason reason, String field, String message) {
    @Override
    public String toString() {
        return reason.code() + (field == null ? "" : " at " + field) + ": " + message;
    }
}
