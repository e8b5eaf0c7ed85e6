package io.newswire.schema;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import org.apache.avro.Schema;

import java.util.List;

/** Every message schema Newswire publishes: what the evolution guard checks and what a release records. */
public final class Contracts {
    public static final List<Schema> ALL = List.of(
            RawArticle.getClassSchema(),
            EnrichedArticle.getClassSchema(),
            DeadLetter.getClassSchema());

    private Contracts() {
    }
}
