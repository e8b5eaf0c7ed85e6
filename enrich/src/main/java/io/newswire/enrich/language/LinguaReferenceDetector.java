package io.newswire.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The accuracy reference: Lingua in high-accuracy mode on the whole title and text, with its models preloaded. Slow
 * on long texts (a few hundred 2 KB articles a second a core) and heavy (about 400 MB for fifteen languages, over
 * 1 GB for forty), so it serves evaluations, not the pipeline. Languages Lingua lacks (Khmer, Amharic, ...) are left
 * out. Lingua spreads one text over the common fork-join pool.
 */
public final class LinguaReferenceDetector implements LanguageDetector {
    private static final Logger log = LoggerFactory.getLogger(LinguaReferenceDetector.class);

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final String version;

    public LinguaReferenceDetector(LanguageSet languages) {
        List<Language> linguaLanguages = new ArrayList<>();
        for (String code : languages.codes()) {
            Language language = linguaLanguage(code);
            if (language != null) {
                linguaLanguages.add(language);
            }
        }
        if (linguaLanguages.size() < 2) {
            throw new IllegalArgumentException("Lingua needs at least two of its languages, got " + languages);
        }
        long start = System.nanoTime();
        this.lingua = LanguageDetectorBuilder.fromLanguages(linguaLanguages.toArray(Language[]::new))
                .withPreloadedLanguageModels()
                .build();
        this.version = "lingua-1.2.2-high-accuracy " + languages;
        log.info("Lingua reference detector ready in {} ms: {} languages", (System.nanoTime() - start) / 1_000_000,
                linguaLanguages.size());
    }

    @Override
    public DetectedLanguage detect(String title, String text) {
        String whole = join(title, text);
        TextSample sample = TextSample.of(title, text, 200);
        String script = sample.letters() == 0 ? (whole.isBlank() ? null : Script.NO_LETTERS)
                : sample.dominantScript().isoCode();
        SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(whole);
        if (values.isEmpty()) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, script, List.of());
        }
        List<Map.Entry<Language, Double>> ranked = List.copyOf(values.entrySet());
        double sum = values.values().stream().mapToDouble(Double::doubleValue).sum();
        List<DetectedLanguage.Candidate> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size() && alternatives.size() < 3; i++) {
            alternatives.add(new DetectedLanguage.Candidate(code(ranked.get(i).getKey()), ranked.get(i).getValue() / sum));
        }
        Map.Entry<Language, Double> best = ranked.get(0);
        if (ranked.size() > 1 && ranked.get(1).getValue().equals(best.getValue())) {
            // Lingua calls a tie unknown.
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, script, alternatives);
        }
        return new DetectedLanguage(code(best.getKey()), best.getValue() / sum, script, alternatives);
    }

    @Override
    public String version() {
        return version;
    }

    private static String join(String title, String text) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (hasTitle && hasText) {
            return title + "\n" + text;
        }
        return hasTitle ? title : hasText ? text : "";
    }

    private static Language linguaLanguage(String code) {
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (LanguageCode.normalize(iso.name()).equals(code)) {
                Language language = Language.getByIsoCode639_1(iso);
                return language == Language.UNKNOWN ? null : language;
            }
        }
        return null;
    }

    private static String code(Language language) {
        return LanguageCode.normalize(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
