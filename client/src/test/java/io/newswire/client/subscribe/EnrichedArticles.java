package io.newswire.client.subscribe;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.Duplicate;
import io.newswire.avro.DuplicateStatus;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
import io.newswire.avro.Fingerprint;
import io.newswire.avro.Language;
import io.newswire.avro.Place;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Subject;
import io.newswire.avro.Topic;
import io.newswire.avro.TopicMethod;

import java.time.Instant;
import java.util.List;

/** Enriched articles with just the fields a subscriber looks at. */
final class EnrichedArticles {
    private EnrichedArticles() {
    }

    static EnrichedArticle article(String id) {
        return article(id, "en", "wire", "medtop:04000000", "economy", "GB");
    }

    static EnrichedArticle article(String language, String source, String topic, String subject, String country) {
        return article(source + "-1", language, source, topic, subject, country);
    }

    static EnrichedArticle article(String id, String language, String source, String topic, String subject,
                                   String country) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setSource(source).setReceivedAt(Instant.EPOCH)
                .setArrival(Arrival.newBuilder().setChannel(ArrivalChannel.HTTP).build()).build();
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setRaw(raw)
                .setText("text")
                .setLanguage(Language.newBuilder().setCode(language).build())
                .setTopics(List.of(new Topic(topic, "label", 0.9, TopicMethod.CLASSIFIER)))
                .setSubjects(List.of(Subject.newBuilder().setCode(subject).setLabel(subject).setScore(0.8).build()))
                .setPlaces(List.of(Place.newBuilder().setCountryCode(country).setName(country).build()))
                .setFingerprint(Fingerprint.newBuilder().setContentHash("h").setSimhash(1L).build())
                .setDuplicate(Duplicate.newBuilder().setStatus(DuplicateStatus.ORIGINAL).build())
                .setEnrichment(Enrichment.newBuilder().setEnricherVersion("v").setProcessedAt(Instant.EPOCH).build())
                .build();
    }
}
