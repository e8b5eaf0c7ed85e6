package io.newswire.registry;

/** The registry refused a request as invalid: a schema it cannot parse, an unknown compatibility level (HTTP 422). */
public class InvalidSchemaException extends SchemaRegistryException {
    public InvalidSchemaException(String message, int errorCode) {
        super(message, 422, errorCode);
    }
}
