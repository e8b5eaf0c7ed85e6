package io.newswire.enrich.topics.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into word tokens: runs of letters (and digits inside words), with each Chinese or Japanese
 * character a token of its own, since those scripts do not separate words; the classifier's token bigrams then are the
 * usual CJK character bigrams, and lexicon phrases in Chinese are written character by character.
 * Numbers on their own carry no topic and are skipped.
 */
public final class TopicTokenizer {

    private TopicTokenizer() {
    }

    public static List<String> tokenize(String normalized) {
        List<String> tokens = new ArrayList<>(Math.max(16, normalized.length() / 5));
        int start = -1;
        boolean hasLetter = false;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isIdeograph(cp)) {
                addWord(tokens, normalized, start, i, hasLetter);
                start = -1;
                hasLetter = false;
                tokens.add(normalized.substring(i, next));
            } else if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
                hasLetter |= Character.isLetter(cp);
            } else {
                addWord(tokens, normalized, start, i, hasLetter);
                start = -1;
                hasLetter = false;
            }
            i = next;
        }
        addWord(tokens, normalized, start, normalized.length(), hasLetter);
        return tokens;
    }

    private static void addWord(List<String> tokens, String text, int start, int end, boolean hasLetter) {
        if (start >= 0 && hasLetter) {
            tokens.add(text.substring(start, end));
        }
    }

    static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) { // below the CJK blocks: skip the script lookup, which is a binary search
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
