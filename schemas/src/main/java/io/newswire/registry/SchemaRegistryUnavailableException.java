package io.newswire.registry;

/**
 * No registry answered: connection refused, timeout, or a 5xx from every configured URL. Worth retrying later; a
 * record is never judged bad because of it.
 */
public class SchemaRegistryUnavailableException extends SchemaRegistryException {
    public SchemaRegistryUnavailableException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, 0, cause);
    }

    /** True when the failure, or any of its causes, is a registry outage rather than a bad record. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryUnavailableException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
