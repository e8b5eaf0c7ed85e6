package io.newswire.registry;

/**
 * The schema registry refused a request or could not be reached. Subclasses name the common cases so callers can
 * tell a poison record (an unknown schema id) from an outage (retry later).
 */
public class SchemaRegistryException extends RuntimeException {
    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    /** HTTP status of the registry's answer, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent error code from the answer's body (for example 40403), or 0 when there was none. */
    public int errorCode() {
        return errorCode;
    }
}
