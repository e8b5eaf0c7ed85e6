package io.newswire.article;

import io.newswire.avro.RawArticle;

import java.util.List;

/** What the validator made of a draft: an article ready for the raw topic, or the reasons it was refused. */
public sealed interface Validation {

    record Accepted(RawArticle article) implements Validation {
    }

    record Refused(List<Violation> violations) implements Validation {
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("A refusal needs at least one violation");
            }
        }

        /** The first violation: what a one-line answer reports. */
        public Violation first() {
            return violations.getFirst();
        }
    }
}
