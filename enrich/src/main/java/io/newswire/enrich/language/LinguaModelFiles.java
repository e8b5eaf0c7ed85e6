package io.newswire.enrich.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the character n-gram models that Lingua ships in its jar ({@code language-models/<code>/trigrams.json} and
 * so on): JSON objects whose keys are probabilities written as fractions ("3553/58397") and whose values are the
 * n-grams that have them, separated by spaces. The probability of an n-gram is that of its last letter following
 * the others; a unigram's is that of the letter. Lingua counted them inside words of lower-case letters only.
 */
final class LinguaModelFiles {
    static final int MAX_ORDER = 5;
    private static final String[] FILE_NAMES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    /** Every probability is a field name, hundreds of thousands of distinct ones: interning them would cost most. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    /** Receives the n-grams of a file. */
    @FunctionalInterface
    interface NgramConsumer {
        /**
         * @param letters     holds the n-gram at {@code start}; valid only during the call
         * @param probability the probability of its last letter after the others
         */
        void accept(char[] letters, int start, int length, double probability);
    }

    private LinguaModelFiles() {
    }

    static boolean exists(String language, int order) {
        return LinguaModelFiles.class.getClassLoader().getResource(path(language, order)) != null;
    }

    /**
     * Passes the n-grams of the language's model of that order to the consumer, leaving out those Lingua counted
     * fewer than {@code minCount} times (as far as its reduced fractions tell: "1/58397" is taken as counted once).
     */
    static void read(String language, int order, int minCount, NgramConsumer consumer) {
        String path = path(language, order);
        try (InputStream in = LinguaModelFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Lingua's model " + path + " is not on the class path");
            }
            try (JsonParser parser = JSON.createParser(in)) {
                skipTo(parser, "ngrams");
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException(path + ": \"ngrams\" is no object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String fraction = parser.currentName();
                    int slash = fraction.indexOf('/');
                    long count = Long.parseLong(fraction, 0, slash, 10);
                    parser.nextToken();
                    if (count < minCount) {
                        continue; // Jackson skips a string it was not asked for without decoding it
                    }
                    double probability = count / Double.parseDouble(fraction.substring(slash + 1));
                    char[] letters = parser.getTextCharacters();
                    int end = parser.getTextOffset() + parser.getTextLength();
                    int start = parser.getTextOffset();
                    while (start < end) {
                        int space = start;
                        while (space < end && letters[space] != ' ') {
                            space++;
                        }
                        if (space > start) {
                            consumer.accept(letters, start, space - start, probability);
                        }
                        start = space + 1;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Lingua's model " + path, e);
        }
    }

    private static String path(String language, int order) {
        return "language-models/" + language + "/" + FILE_NAMES[order - 1] + ".json";
    }

    private static void skipTo(JsonParser parser, String field) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME && field.equals(parser.currentName())) {
                return;
            }
        }
        throw new IllegalStateException("no \"" + field + "\" in a Lingua model");
    }
}
