package io.newswire.enrich.stream;

import io.newswire.avro.RawArticle;
import io.newswire.registry.SchemaRegistryUnavailableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Decodes raw records, telling a poison record (not the wire format, unknown schema id, a schema of another record,
 * no value, a key that is not the article's id) from a registry outage. A poison record is for the dead-letter topic;
 * an outage is retried briefly, then thrown so the stream thread restarts from its last commit and tries again,
 * and no good record is ever sent to the dead-letter topic because the registry was away.
 */
final class RawArticleDecoder {
    private static final Logger log = LoggerFactory.getLogger(RawArticleDecoder.class);

    private final Deserializer<RawArticle> deserializer;
    private final Duration outageRetry;

    RawArticleDecoder(Deserializer<RawArticle> deserializer, Duration outageRetry) {
        this.deserializer = deserializer;
        this.outageRetry = outageRetry;
    }

    /** The record cannot be an article: it belongs in the dead-letter topic. */
    static final class PoisonRecordException extends RuntimeException {
        PoisonRecordException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The registry did not answer for long enough: the stream thread should start again from its last commit. */
    static final class RegistryOutageException extends RuntimeException {
        RegistryOutageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    RawArticle decode(SourceRecord source) {
        if (source.value() == null) {
            throw new PoisonRecordException("The record has no value (a tombstone); raw articles are never deleted", null);
        }
        RawArticle article = deserializeWithRetry(source);
        String key = source.key() == null ? null : new String(source.key(), StandardCharsets.UTF_8);
        if (!article.getId().equals(key)) {
            throw new PoisonRecordException("The record's key '" + abbreviate(key) + "' is not its article id '"
                    + abbreviate(article.getId()) + "': articles are keyed by id, so one id has one partition", null);
        }
        return article;
    }

    private RawArticle deserializeWithRetry(SourceRecord source) {
        long deadline = System.nanoTime() + outageRetry.toNanos();
        long backoffMillis = 100;
        while (true) {
            try {
                return deserializer.deserialize(source.topic(), source.value());
            } catch (SerializationException e) {
                if (!SchemaRegistryUnavailableException.isCauseOf(e)) {
                    throw new PoisonRecordException(e.getMessage(), e);
                }
                if (System.nanoTime() > deadline) {
                    throw new RegistryOutageException("The schema registry has not answered for "
                            + outageRetry.toSeconds() + " s while decoding " + source.topic() + "-"
                            + source.partition() + "@" + source.offset() + "; restarting from the last commit", e);
                }
                log.warn("Schema registry unreachable while decoding {}-{}@{}; retrying in {} ms", source.topic(),
                        source.partition(), source.offset(), backoffMillis);
                sleep(backoffMillis);
                backoffMillis = Math.min(2000, backoffMillis * 2);
            } catch (RuntimeException e) {
                throw new PoisonRecordException("The record is not a readable article: " + e, e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryOutageException("Interrupted while waiting for the schema registry", e);
        }
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
