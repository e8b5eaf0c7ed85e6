package io.newswire.enrich.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The production language detector: script first, then n-gram models, on a bounded sample of the article.
 * <ol>
 * <li>The sample is the title and the start of the body, about {@link Tuning#sampleLetters()} letters, so an
 * article costs the same however long it is.</li>
 * <li>The script most of its letters are in settles many languages alone: Greek, Hebrew, Thai, Korean, Georgian,
 * Armenian, the scripts of India but Devanagari; Han is Japanese with kana, Chinese (Hans or Hant) without.</li>
 * <li>Within a script several configured languages share (Latin, Cyrillic, Arabic, Devanagari), the character
 * n-gram models Lingua ships decide, all languages scored at once from one compact table. Short texts are scored
 * with n-grams of up to four letters, long ones of up to three (Lingua too keeps to trigrams past 120 characters).
 * The letters only Persian or only Urdu write, and their words, are in those models: Arabic, Persian and Urdu are
 * told apart down to single-word titles.</li>
 * <li>Text the configured languages cannot explain is undetermined rather than mislabelled: when many of its letters
 * are ones none of them uses (Pashto's ښ ډ ټ among Arabic, Persian and Urdu; Tajik's ҷ among Cyrillic languages),
 * or when it costs far more per letter in its best language than that language's own text does (Albanian against
 * Italian). Close relatives of a configured language (Galician, Serbian in Latin letters) still pass as it.</li>
 * </ol>
 * Thread-safe; build one and share it: loading takes a few seconds and about 60 MB for the news languages.
 */
public final class NgramLanguageDetector implements LanguageDetector {
    private static final Logger log = LoggerFactory.getLogger(NgramLanguageDetector.class);
    private static final String VERSION = "ngram-1 (Lingua 1.2.2 models)";
    /** Fewer letters than this say nothing about the language. */
    static final int MIN_LETTERS = 3;
    private static final int MAX_ALTERNATIVES = 3;
    private static final double MIN_ALTERNATIVE_CONFIDENCE = 0.001;
    private static final double MAX_SCRIPT_CONFIDENCE = 0.99;

    private final LanguageSet languages;
    private final Tuning tuning;
    private final Map<Script, ScriptModel> models;
    private final String version;

    private NgramLanguageDetector(LanguageSet languages, Tuning tuning, Map<Script, ScriptModel> models) {
        this.languages = languages;
        this.tuning = tuning;
        this.models = models;
        this.version = VERSION + " " + languages;
    }

    /** A detector for the given languages; loads their models now. */
    public static NgramLanguageDetector create(LanguageSet languages) {
        return create(languages, Tuning.DEFAULT);
    }

    /** A detector for {@link LanguageSet#NEWS_LANGUAGES}. */
    public static NgramLanguageDetector newsDefault() {
        return create(LanguageSet.newsDefault());
    }

    static NgramLanguageDetector create(LanguageSet languages, Tuning tuning) {
        long start = System.nanoTime();
        Map<Script, ScriptModel> models = new EnumMap<>(Script.class);
        long bytes = 0;
        for (Script script : Script.values()) {
            List<String> modelled = languages.modelledIn(script);
            if (!modelled.isEmpty()) {
                ScriptModel model = ScriptModel.load(script, modelled, tuning.shortTextOrder(), tuning.dropRareLongNgrams());
                models.put(script, model);
                bytes += model.bytes();
            }
        }
        log.info("Language detector ready in {} ms: {} languages, models of {} scripts, {} MB of tables",
                (System.nanoTime() - start) / 1_000_000, languages.codes().size(), models.size(), bytes >> 20);
        return new NgramLanguageDetector(languages, tuning, Collections.unmodifiableMap(models));
    }

    public LanguageSet languages() {
        return languages;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public DetectedLanguage detect(String title, String text) {
        TextSample sample = TextSample.of(title, text, tuning.sampleLetters());
        if (sample.letters() < MIN_LETTERS) {
            return undetermined(sample.length() == 0 && isBlank(title) && isBlank(text) ? null
                    : sample.letters() == 0 ? Script.NO_LETTERS : sample.dominantScript().isoCode());
        }
        Script script = sample.dominantScript();
        ScriptModel model = models.get(script);
        if (model != null) {
            return byModel(model, sample);
        }
        if (script == Script.HAN || script.isKana()) {
            return chineseOrJapanese(sample);
        }
        String language = LanguageCatalog.settledBy(script);
        if (language == null || !languages.contains(language)) {
            return undetermined(script.isoCode());
        }
        String isoScript = script == Script.HANGUL ? "Kore" : script.isoCode();
        return new DetectedLanguage(language, scriptConfidence(sample.share(script)), isoScript, List.of());
    }

    private DetectedLanguage chineseOrJapanese(TextSample sample) {
        int kana = sample.letters(Script.HIRAGANA) + sample.letters(Script.KATAKANA);
        int cjk = kana + sample.letters(Script.HAN);
        double share = (double) cjk / sample.letters();
        // Japanese sentences are a third or more kana; Chinese has none, bar a stray の in a brand name.
        if (kana > 0 && kana * 20 >= cjk) {
            return languages.contains(LanguageCatalog.JAPANESE)
                    ? new DetectedLanguage(LanguageCatalog.JAPANESE, scriptConfidence(share), "Jpan", List.of())
                    : undetermined("Jpan");
        }
        String variant = ChineseScriptVariant.of(sample);
        return languages.contains(LanguageCatalog.CHINESE)
                ? new DetectedLanguage(LanguageCatalog.CHINESE, scriptConfidence(share), variant, List.of())
                : undetermined(variant);
    }

    private DetectedLanguage byModel(ScriptModel model, TextSample sample) {
        Script script = model.script();
        int letters = sample.letters(script);
        int order = letters < tuning.shortTextLetters() ? tuning.shortTextOrder() : tuning.longTextOrder();
        ScriptModel.Scores scores = model.score(sample, order);
        int positions = scores.positions();
        if (positions < MIN_LETTERS || isForeign(scores)) {
            return undetermined(script.isoCode());
        }
        int[] ranked = scores.ranked();
        int best = ranked[0];
        double surprise = model.surprise(scores, best);
        double maxSurprise = tuning.maxSurprise(positions);
        if (surprise > maxSurprise) {
            return undetermined(script.isoCode());
        }
        // Text past half-way to the gate is poorly explained by its best language too (Italian passing the gate of
        // an English-only set): its confidence falls towards 0 at the gate.
        double explained = Math.min(1, 2 * (1 - surprise / maxSurprise));
        double[] posterior = posterior(scores.costs(), scores.costs()[best]);
        List<DetectedLanguage.Candidate> alternatives = new ArrayList<>();
        for (int rank = 1; rank < ranked.length && alternatives.size() < MAX_ALTERNATIVES; rank++) {
            double confidence = explained * posterior[ranked[rank]];
            if (confidence < MIN_ALTERNATIVE_CONFIDENCE) {
                break;
            }
            alternatives.add(new DetectedLanguage.Candidate(model.languages().get(ranked[rank]), confidence));
        }
        return new DetectedLanguage(model.languages().get(best), explained * posterior[best], script.isoCode(),
                alternatives);
    }

    /** Many letters of the script that none of the configured languages uses: Pashto among Arabic, Persian, Urdu. */
    private boolean isForeign(ScriptModel.Scores scores) {
        int foreign = scores.foreignLetters();
        return foreign >= 2 && foreign * 100 >= scores.positions() * tuning.maxForeignLetterPercent();
    }

    /**
     * The languages' likelihoods as probabilities. The letters of one text are far from independent, so the
     * likelihood ratio is flattened by the confidence scale before it is read as odds.
     */
    private double[] posterior(double[] costs, double bestCost) {
        double[] posterior = new double[costs.length];
        double sum = 0;
        for (int i = 0; i < costs.length; i++) {
            posterior[i] = Math.exp(-tuning.confidenceScale() * (costs[i] - bestCost));
            sum += posterior[i];
        }
        for (int i = 0; i < costs.length; i++) {
            posterior[i] /= sum;
        }
        return posterior;
    }

    private static double scriptConfidence(double share) {
        return Math.min(MAX_SCRIPT_CONFIDENCE, share);
    }

    private static DetectedLanguage undetermined(String script) {
        return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, script, List.of());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The knobs, fixed by measurement on the topic data (see LanguageBenchmark).
     *
     * @param sampleLetters           letters of title and body read
     * @param shortTextLetters        below this many letters of its script a text is short
     * @param shortTextOrder          longest n-gram for short texts (and loaded)
     * @param longTextOrder           longest n-gram for long texts
     * @param dropRareLongNgrams      leave out four- and five-letter n-grams Lingua counted once
     * @param confidenceScale         how much of the likelihood ratio counts as evidence
     * @param maxForeignLetterPercent this share of letters none of the configured languages uses makes text
     *                                undetermined
     * @param surpriseFloor           text that costs more than {@code surpriseFloor + surpriseSpread / sqrt(letters)}
     *                                nats a letter above what its best language's own text costs is in none of
     *                                the configured languages: short texts vary more
     * @param surpriseSpread          see surpriseFloor
     */
    record Tuning(int sampleLetters, int shortTextLetters, int shortTextOrder, int longTextOrder,
                  boolean dropRareLongNgrams, double confidenceScale, int maxForeignLetterPercent,
                  double surpriseFloor, double surpriseSpread) {
        /**
         * 300 letters (about fifty words) tell the languages apart as well as 600 did (the same accuracy and the same
         * few mistakes on the evaluation's titles and bodies), for half the n-gram lookups that are most of the cost.
         */
        static final Tuning DEFAULT = new Tuning(300, 120, 4, 3, true, 1.0, 3, 0.6, 6);

        double maxSurprise(int letters) {
            return surpriseFloor + surpriseSpread / Math.sqrt(letters);
        }
    }
}
