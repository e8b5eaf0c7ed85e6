package io.newswire.client.subscribe;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a subscription starts reading when it has no committed position: the end (only what arrives from now on),
 * the beginning (everything the topic still has), or the first article that arrived at or after a time.
 */
public sealed interface StartPosition {
    StartPosition NOW = new Latest();
    StartPosition BEGINNING = new Earliest();

    static StartPosition at(Instant time) {
        return new At(time);
    }

    record Latest() implements StartPosition {
    }

    record Earliest() implements StartPosition {
    }

    record At(Instant time) implements StartPosition {
        public At {
            Objects.requireNonNull(time);
        }
    }
}
