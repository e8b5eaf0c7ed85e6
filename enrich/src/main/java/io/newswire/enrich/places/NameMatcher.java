package io.newswire.enrich.places;

/**
 * Finds the names of one {@link NameIndex} in a text, leftmost and longest first, so that "Papua New Guinea" is not
 * also "Guinea" and "Niger Delta" (a block) is not "Niger".
 */
final class NameMatcher {
    /** Between the words of one name: a space, a hyphen, " - ", ". " ("U.S.", "St. Lucia"), never a new line. */
    private static final int MAX_GAP = 3;
    /** How many words either side of an acronym tell whether the line is written in capitals. */
    private static final int CAPITALS_CONTEXT = 2;
    private static final int UNCASED = 0;
    private static final int ALL_CAPITALS = 1;
    private static final int MIXED = 2;

    private final NameIndex index;

    NameMatcher(NameIndex index) {
        this.index = index;
    }

    void scan(String text, MentionTally tally) {
        TokenizedText tokens = TokenizedText.of(text);
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.isUnspaced(i)) {
                scanUnspaced(tokens, i, tally);
                i++;
            } else {
                i += Math.max(1, matchWordsAt(tokens, i, tally));
            }
        }
    }

    /** Records the longest names starting at this word; returns how many words they cover (0 when none). */
    private int matchWordsAt(TokenizedText tokens, int at, MentionTally tally) {
        int matched = 0;
        for (PlaceName name : index.startingWith(tokens, at)) {
            if (name.length() < matched) {
                break;
            }
            if (matches(name, tokens, at)) {
                matched = name.length();
                tally.record(name);
            }
        }
        return matched;
    }

    private static boolean matches(PlaceName name, TokenizedText tokens, int at) {
        int words = name.length();
        if (at + words > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words; k++) {
            int token = at + k;
            if (k > 0 && (tokens.isUnspaced(token) || !adjacent(tokens, token - 1, token)
                    || !name.acceptsWord(k, tokens.folded(token)))) {
                return false;
            }
            String exact = name.exactWord(k);
            if (exact != null && !tokens.rawEquals(token, exact)) {
                return false;
            }
        }
        if (name.kind() == NameKind.ACRONYM) {
            return !isCurrency(tokens, at + words - 1) && !inCapitalsLine(tokens, at, at + words - 1);
        }
        return name.kind() == NameKind.BLOCK || isCapitalisedAsName(name, tokens, at);
    }

    /**
     * Country names are proper nouns, capitalised in every cased script: a name counts when one of its capitalised
     * words is not written in lowercase ("Turkey", "TURKEY", "united States", but not "turkey", "la reunión").
     */
    private static boolean isCapitalisedAsName(PlaceName name, TokenizedText tokens, int at) {
        if (!name.hasCapitals()) {
            return true;
        }
        for (int k = 0; k < name.length(); k++) {
            if (name.capitalised(k) && !Character.isLowerCase(tokens.raw().charAt(tokens.start(at + k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(TokenizedText tokens, int left, int right) {
        return tokens.start(right) - tokens.end(left) <= MAX_GAP && sameLine(tokens, left, right);
    }

    /** "US$ 5 million" is the currency. */
    private static boolean isCurrency(TokenizedText tokens, int last) {
        int after = tokens.end(last);
        return after < tokens.raw().length() && tokens.raw().charAt(after) == '$';
    }

    /**
     * In a line written in capitals ("WHAT IT MEANS FOR US") an acronym may be an ordinary word: it counts only when
     * most cased words around it, on its line, are not all capitals.
     */
    private static boolean inCapitalsLine(TokenizedText tokens, int first, int last) {
        int capitals = 0;
        int cased = 0;
        for (int t = first - 1; t >= 0 && cased < CAPITALS_CONTEXT && sameLine(tokens, t, first); t--) {
            int kind = capitalisation(tokens, t);
            cased += kind == UNCASED ? 0 : 1;
            capitals += kind == ALL_CAPITALS ? 1 : 0;
        }
        int before = cased;
        for (int t = last + 1; t < tokens.size() && cased - before < CAPITALS_CONTEXT && sameLine(tokens, last, t); t++) {
            int kind = capitalisation(tokens, t);
            cased += kind == UNCASED ? 0 : 1;
            capitals += kind == ALL_CAPITALS ? 1 : 0;
        }
        return capitals > cased - capitals;
    }

    /** Words of fewer than two cased letters ("A", "I", numbers) say nothing about the line. */
    private static int capitalisation(TokenizedText tokens, int token) {
        String raw = tokens.raw();
        int upper = 0;
        for (int i = tokens.start(token); i < tokens.end(token); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) {
                return MIXED;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2 ? ALL_CAPITALS : UNCASED;
    }

    private static boolean sameLine(TokenizedText tokens, int left, int right) {
        String raw = tokens.raw();
        for (int i = tokens.end(left); i < tokens.start(right); i++) {
            if (raw.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Chinese and Japanese: names as substrings of the run, longest first; katakana names not inside katakana words. */
    private void scanUnspaced(TokenizedText tokens, int token, MentionTally tally) {
        String raw = tokens.raw();
        int start = tokens.start(token);
        int end = tokens.end(token);
        int position = start;
        while (position < end) {
            int matched = 0;
            for (PlaceName name : index.unspacedStartingWith(raw.charAt(position))) {
                int length = name.length();
                if (length < matched) {
                    break;
                }
                if (position + length <= end && raw.startsWith(name.unspaced(), position)
                        && standsAlone(raw, start, end, position, length)) {
                    matched = length;
                    tally.record(name);
                }
            }
            position += Math.max(1, matched);
        }
    }

    /** "インド" is India, but not inside "インドア" (indoor): katakana words are whole runs of katakana. */
    private static boolean standsAlone(String raw, int runStart, int runEnd, int position, int length) {
        boolean startsKatakana = NameFolding.isKatakana(raw.charAt(position));
        boolean endsKatakana = NameFolding.isKatakana(raw.charAt(position + length - 1));
        if (startsKatakana && position > runStart && NameFolding.isKatakana(raw.charAt(position - 1))) {
            return false;
        }
        return !(endsKatakana && position + length < runEnd && NameFolding.isKatakana(raw.charAt(position + length)));
    }
}
