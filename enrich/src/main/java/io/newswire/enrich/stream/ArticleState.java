package io.newswire.enrich.stream;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the topology remembers of an article id: the hash of its last content, its SimHash, its revision, when it was
 * first and last seen, and, if it was found to repeat another article, which. Small and fixed-size, so state stores
 * stay compact.
 */
record ArticleState(String contentHash, long simhash, int revision, long firstSeenMillis, long lastSeenMillis,
                    String duplicateOf) {
    private static final byte FORMAT = 1;

    ArticleState withContent(String hash, long newSimhash, long now) {
        return new ArticleState(hash, newSimhash, revision + 1, firstSeenMillis, now, duplicateOf);
    }

    ArticleState seenAgain(long now) {
        return new ArticleState(contentHash, simhash, revision, firstSeenMillis, now, duplicateOf);
    }

    ArticleState withDuplicateOf(String id) {
        return new ArticleState(contentHash, simhash, revision, firstSeenMillis, lastSeenMillis, id);
    }

    static Serde<ArticleState> serde() {
        Serializer<ArticleState> serializer = (topic, state) -> {
            if (state == null) {
                return null;
            }
            byte[] hash = state.contentHash.getBytes(StandardCharsets.US_ASCII);
            byte[] duplicateOf = state.duplicateOf == null ? new byte[0] : state.duplicateOf.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + 2 + hash.length + 8 + 4 + 8 + 8 + 2 + duplicateOf.length)
                    .put(FORMAT)
                    .putShort((short) hash.length).put(hash)
                    .putLong(state.simhash).putInt(state.revision)
                    .putLong(state.firstSeenMillis).putLong(state.lastSeenMillis)
                    .putShort((short) duplicateOf.length).put(duplicateOf)
                    .array();
        };
        Deserializer<ArticleState> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != FORMAT) {
                throw new SerializationException("Unknown article state format in " + topic);
            }
            byte[] hash = new byte[in.getShort()];
            in.get(hash);
            long simhash = in.getLong();
            int revision = in.getInt();
            long first = in.getLong();
            long last = in.getLong();
            byte[] duplicateOf = new byte[in.getShort()];
            in.get(duplicateOf);
            return new ArticleState(new String(hash, StandardCharsets.US_ASCII), simhash, revision, first, last,
                    duplicateOf.length == 0 ? null : new String(duplicateOf, StandardCharsets.UTF_8));
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
