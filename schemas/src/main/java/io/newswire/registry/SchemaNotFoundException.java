package io.newswire.registry;

/** The registry does not know the schema, subject or version asked for (HTTP 404, error codes 404xx). */
public class SchemaNotFoundException extends SchemaRegistryException {
    public SchemaNotFoundException(String message, int errorCode) {
        super(message, 404, errorCode);
    }
}
