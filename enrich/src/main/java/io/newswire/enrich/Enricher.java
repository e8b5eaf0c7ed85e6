package io.newswire.enrich;

import io.newswire.avro.Duplicate;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
import io.newswire.avro.Fingerprint;
import io.newswire.avro.Language;
import io.newswire.avro.LanguageAlternative;
import io.newswire.avro.Place;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Subject;
import io.newswire.avro.Topic;
import io.newswire.avro.TopicMethod;
import io.newswire.enrich.clean.ArticleCleaner;
import io.newswire.enrich.clean.CleanedText;
import io.newswire.enrich.fingerprint.ContentFingerprint;
import io.newswire.enrich.fingerprint.Fingerprinter;
import io.newswire.enrich.language.DetectedLanguage;
import io.newswire.enrich.language.LanguageDetector;
import io.newswire.enrich.language.LanguageSet;
import io.newswire.enrich.language.NgramLanguageDetector;
import io.newswire.enrich.places.PlaceFinder;
import io.newswire.enrich.places.PlaceMention;
import io.newswire.enrich.topics.TopicResult;
import io.newswire.enrich.topics.TopicTagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The enricher: cleaning, fingerprints, language, topics and places, put together into an enriched record. A pure
 * function of (raw article, enricher version): the same input and version give the same output, whenever it runs,
 * which is what makes replaying raw history meaningful. Thread-safe.
 */
public final class Enricher implements ArticleEnricher {
    public static final String VERSION = readVersion();

    private final ArticleCleaner cleaner;
    private final Fingerprinter fingerprinter;
    private final LanguageDetector languages;
    private final TopicTagger topics;
    private final PlaceFinder places;
    private final StageTimer timer;
    private final Map<String, String> models;

    public Enricher(ArticleCleaner cleaner, Fingerprinter fingerprinter, LanguageDetector languages, TopicTagger topics,
                    PlaceFinder places, StageTimer timer) {
        this.cleaner = cleaner;
        this.fingerprinter = fingerprinter;
        this.languages = languages;
        this.topics = topics;
        this.places = places;
        this.timer = timer;
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("cleaner", cleaner.version());
        versions.put("fingerprint", fingerprinter.version());
        versions.put("language", languages.version());
        versions.put("topics", topics.version());
        versions.put("places", places.version());
        this.models = Map.copyOf(versions);
    }

    /**
     * The standard enricher: every stage with its shipped rules and models, loaded once (a few seconds; share it).
     *
     * @param languages the languages to choose among, ISO 639-1; empty for the built-in news set
     */
    public static Enricher standard(Set<String> languages, StageTimer timer) {
        return new Enricher(new ArticleCleaner(), new Fingerprinter(), languageDetector(languages),
                TopicTagger.fromClasspath(), new PlaceFinder(), timer);
    }

    /** The standard language detector, choosing among these languages (ISO 639-1), or the built-in news set if empty. */
    public static LanguageDetector languageDetector(Set<String> languages) {
        return languages.isEmpty() ? NgramLanguageDetector.newsDefault()
                : NgramLanguageDetector.create(LanguageSet.of(languages));
    }

    @Override
    public PreparedArticle prepare(RawArticle raw) {
        CleanedText cleaned = timer.time("clean", () -> cleaner.clean(raw.getTitle(), raw.getBody()));
        ContentFingerprint fingerprint = timer.time("fingerprint", () -> fingerprinter.of(cleaned.title(), cleaned.text()));
        return new PreparedArticle(raw, cleaned, fingerprint);
    }

    @Override
    public EnrichedArticle enrich(PreparedArticle prepared, Duplicate duplicate, Provenance provenance) {
        CleanedText text = prepared.cleaned();
        DetectedLanguage language = timer.time("language", () -> languages.detect(text.title(), text.text()));
        TopicResult tagged = timer.time("topics", () -> topics.tag(text.title(), text.text(), language.code()));
        List<PlaceMention> mentioned = timer.time("places", () -> places.find(text.title(), text.text(), language.code()));
        RawArticle raw = prepared.raw();
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setRaw(raw)
                .setTitle(text.title())
                .setText(text.text())
                .setLanguage(Language.newBuilder()
                        .setCode(language.code())
                        .setConfidence(language.confidence())
                        .setScript(language.script())
                        .setAlternatives(language.alternatives().stream()
                                .map(c -> new LanguageAlternative(c.code(), c.confidence())).toList())
                        .build())
                .setTopics(tagged.topics().stream()
                        .map(t -> new Topic(t.code(), t.label(), t.score(), TopicMethod.valueOf(t.method().name())))
                        .toList())
                .setSubjects(tagged.subjects().stream()
                        .map(s -> new Subject(s.code(), s.label(), s.iptcCode(), s.score(),
                                TopicMethod.valueOf(s.method().name())))
                        .toList())
                .setPlaces(mentioned.stream().map(p -> new Place(p.countryCode(), p.name(), p.mentions())).toList())
                .setFingerprint(new Fingerprint(prepared.fingerprint().contentHash(), prepared.fingerprint().simhash(),
                        prepared.fingerprint().algorithm()))
                .setDuplicate(duplicate)
                .setEnrichment(Enrichment.newBuilder()
                        .setEnricherVersion(version())
                        .setModels(models)
                        .setProcessedAt(provenance.processedAt())
                        .setReprocessed(provenance.reprocessed())
                        .setReplayId(provenance.replayId())
                        .build())
                .build();
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Map<String, String> models() {
        return models;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = Enricher.class.getResourceAsStream("enricher.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "newswire-enrich/" + properties.getProperty("version", "dev");
    }
}
