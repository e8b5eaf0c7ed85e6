package io.newswire.enrich.topics.classifier;

/**
 * How text becomes features; stored in the model file so that tagging extracts exactly what training extracted.
 *
 * @param wordBigrams   whether adjacent token pairs are features (CJK character bigrams come from these)
 * @param charMin       shortest character n-gram inside a word (0 for none); n-grams stand in for stemming in
 *                      languages with rich morphology (Arabic clitics, Turkish suffixes, Russian cases)
 * @param charMax       longest character n-gram inside a word
 * @param maxTextChars  characters of an article's text that are read
 */
public record FeatureSettings(boolean wordBigrams, int charMin, int charMax, int maxTextChars) {

    public static final FeatureSettings DEFAULT = new FeatureSettings(true, 4, 4, 4000);

    public FeatureSettings {
        if (charMin < 0 || charMax < charMin || maxTextChars <= 0) {
            throw new IllegalArgumentException("Invalid feature settings");
        }
    }
}
