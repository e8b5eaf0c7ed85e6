package io.newswire.article;

import io.newswire.avro.Arrival;

import java.util.Optional;

/**
 * Who pushes an article and how. With a credential, the credential decides the source: a record may repeat it, never
 * name another. Without one (open mode, local use only) the record must name its source.
 */
public record Submitter(Optional<String> source, Arrival arrival) {
    public static Submitter withCredential(String source, Arrival arrival) {
        return new Submitter(Optional.of(source), arrival);
    }

    public static Submitter open(Arrival arrival) {
        return new Submitter(Optional.empty(), arrival);
    }
}
