package io.newswire.article;

import java.util.Locale;

/** Why a record was refused; {@link #code()} is what clients see and what metrics count. */
public enum RefusalReason {
    /** The record is not JSON, or not a JSON object. */
    INVALID_JSON,
    /** The body could not be read to its end (the client went away, or a read failed). */
    UNREADABLE_BODY,
    /** The body is declared gzip but is not valid gzip. */
    INVALID_GZIP,
    /** The record's bytes are not valid UTF-8. */
    INVALID_UTF8,
    /** The record is larger than the per-record limit. */
    RECORD_TOO_LARGE,
    /** The record has a field Newswire does not know (free data belongs in {@code attributes}). */
    UNKNOWN_FIELD,
    /** A field has the wrong JSON type. */
    INVALID_TYPE,
    /** A required field is missing. */
    MISSING_FIELD,
    /** Neither title nor body has any text. */
    EMPTY_ARTICLE,
    /** A URL is not an absolute http(s) URL. */
    INVALID_URL,
    /** A time is not an ISO-8601 instant, or is implausible. */
    INVALID_TIME,
    /** A given id has characters or a length ids may not have. */
    INVALID_ID,
    /** A source name is not a lowercase slug. */
    INVALID_SOURCE,
    /** A language hint is not a language tag. */
    INVALID_LANGUAGE,
    /** A text is longer than its limit. */
    TOO_LONG,
    /** A list or map has more entries than its limit. */
    TOO_MANY,
    /** The record names a source the credential may not write as. */
    SOURCE_NOT_ALLOWED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
