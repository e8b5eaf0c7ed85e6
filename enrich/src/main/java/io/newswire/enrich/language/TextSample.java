package io.newswire.enrich.language;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The part of an article the detector reads: the title, then the body, as lower-case words of letters, cut after a
 * bounded number of letters so the cost per article stays flat however long it is. Links, e-mail addresses and
 * @handles are left out (they are not in any language); digits and punctuation separate words. Also counts the
 * letters of each script.
 */
final class TextSample {
    private static final char WORD_BREAK = ' ';
    /** Letters past the limit that a word may still take; a word longer than that (Thai, Chinese) is cut. */
    private static final int WORD_OVERRUN = 24;
    private static final Script[] SCRIPTS = Script.values();

    private final char[] chars;
    private final int length;
    private final int letters;
    private final int[] lettersByScript;

    private TextSample(char[] chars, int length, int letters, int[] lettersByScript) {
        this.chars = chars;
        this.length = length;
        this.letters = letters;
        this.lettersByScript = lettersByScript;
    }

    /** The sample of title and body (either may be null or empty), of about {@code maxLetters} letters. */
    static TextSample of(String title, String body, int maxLetters) {
        Collector collector = new Collector(maxLetters);
        collector.add(title);
        collector.add(body);
        if (collector.sawDecomposedAccent) {
            // Decomposed accents (NFD, "e" + U+0301) would split words the models saw composed; it is rare, so pay
            // for normalisation only then.
            collector = new Collector(maxLetters);
            collector.add(nfc(title));
            collector.add(nfc(body));
        }
        return collector.sample();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower-case letters and single word breaks. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    int letters() {
        return letters;
    }

    int letters(Script script) {
        return lettersByScript[script.ordinal()];
    }

    /**
     * The script most of the letters are in. Latin letters weigh least and lose ties: brands, names and acronyms in
     * Latin letters are everywhere in the news of other scripts ("جربنا هاتفين Honor 9 Lite"), the reverse is rare.
     * Syllables and logograms weigh most, since one of them carries about what a short word does.
     */
    Script dominantScript() {
        Script dominant = Script.LATIN;
        int best = letters(Script.LATIN) * Script.LATIN.weight();
        int cjk = 0;
        for (Script script : SCRIPTS) {
            int weight = lettersByScript[script.ordinal()] * script.weight();
            if (script == Script.HAN || script.isKana()) {
                cjk += weight;
            } else if (script != Script.LATIN && weight > 0 && weight >= best) {
                best = weight;
                dominant = script;
            }
        }
        if (cjk > 0 && cjk >= best) {
            return letters(Script.HAN) >= letters(Script.HIRAGANA) + letters(Script.KATAKANA) ? Script.HAN
                    : letters(Script.HIRAGANA) >= letters(Script.KATAKANA) ? Script.HIRAGANA : Script.KATAKANA;
        }
        return best > 0 ? dominant : Script.OTHER;
    }

    /** The share of all letters that are in the given script, 0 to 1. */
    double share(Script script) {
        return letters == 0 ? 0 : (double) letters(script) / letters;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** Reads text into the sample until the letter budget is spent. */
    private static final class Collector {
        private final int maxLetters;
        private final int[] lettersByScript = new int[SCRIPTS.length];
        private char[] chars;
        private int length;
        private int letters;
        private boolean sawDecomposedAccent;

        Collector(int maxLetters) {
            this.maxLetters = maxLetters;
            this.chars = new char[Math.min(maxLetters, 4096) + WORD_OVERRUN + 16];
        }

        void add(String text) {
            if (text == null) {
                return;
            }
            int end = text.length();
            int i = 0;
            while (i < end && !full()) {
                if (SampleChars.kind(text.charAt(i)) == SampleChars.WHITESPACE) {
                    breakWord();
                    i++;
                    continue;
                }
                int tokenEnd = endOfToken(text, i);
                if (isAddress(text, i, tokenEnd)) {
                    breakWord();
                } else {
                    addToken(text, i, tokenEnd);
                }
                i = tokenEnd;
            }
            breakWord();
        }

        private boolean full() {
            return letters >= maxLetters && (length == 0 || chars[length - 1] == WORD_BREAK);
        }

        private void addToken(String text, int start, int end) {
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                byte kind = SampleChars.kind(c);
                if (kind == SampleChars.SUPPLEMENTARY) {
                    int codePoint = text.codePointAt(i);
                    i += Character.charCount(codePoint);
                    kind = kindOf(codePoint);
                    if (kind == SampleChars.LETTER) {
                        if (letters >= maxLetters + WORD_OVERRUN) {
                            return;
                        }
                        addLetter(codePoint);
                        continue;
                    }
                } else {
                    i++;
                }
                switch (kind) {
                    case SampleChars.SILENT_MARK -> {
                    }
                    case SampleChars.LETTER, SampleChars.COMPATIBILITY_FORM -> {
                        if (letters >= maxLetters + WORD_OVERRUN) {
                            return;
                        }
                        if (kind == SampleChars.LETTER) {
                            addLetter(c);
                        } else {
                            addCompatibilityForm(c);
                        }
                    }
                    default -> {
                        if (kind == SampleChars.DECOMPOSED_ACCENT) {
                            sawDecomposedAccent = true;
                        }
                        breakWord();
                        if (letters >= maxLetters) {
                            return;
                        }
                    }
                }
            }
        }

        /** The kind of a code point outside the Basic Multilingual Plane (or of a lone surrogate). */
        private static byte kindOf(int codePoint) {
            return Character.isLetter(codePoint) ? SampleChars.LETTER : SampleChars.OTHER;
        }

        /** A letter of the Basic Multilingual Plane, the common case: its script and lowercase looked up. */
        private void addLetter(char letter) {
            lettersByScript[SampleChars.script(letter).ordinal()]++;
            letters++;
            if (length + 2 >= chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            chars[length++] = SampleChars.lowercase(letter);
        }

        private void addLetter(int codePoint) {
            lettersByScript[Script.of(codePoint).ordinal()]++;
            letters++;
            int lower = Character.toLowerCase(codePoint);
            if (length + 2 >= chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            length += Character.toChars(lower, chars, length);
        }

        /**
         * Presentation forms (Arabic letters in their joined shapes as old PDFs and sites emit them, ligatures like
         * "ﬁ", full-width Latin): the models know only the plain letters these stand for.
         */
        private void addCompatibilityForm(int codePoint) {
            String plain = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
            plain.codePoints().forEach(letter -> {
                if (Character.isLetter(letter)) {
                    addLetter(letter);
                } else if (!SampleChars.isSilentMark(letter)) {
                    breakWord();
                }
            });
        }

        private void breakWord() {
            if (length > 0 && chars[length - 1] != WORD_BREAK) {
                if (length + 1 >= chars.length) {
                    chars = Arrays.copyOf(chars, chars.length * 2);
                }
                chars[length++] = WORD_BREAK;
            }
        }

        TextSample sample() {
            int trimmed = length > 0 && chars[length - 1] == WORD_BREAK ? length - 1 : length;
            return new TextSample(chars, trimmed, letters, lettersByScript);
        }

        private static int endOfToken(String text, int start) {
            int i = start;
            while (i < text.length() && SampleChars.kind(text.charAt(i)) != SampleChars.WHITESPACE) {
                i++;
            }
            return i;
        }

        /** Links, e-mail addresses and @handles. */
        private static boolean isAddress(String text, int start, int end) {
            if (text.charAt(start) == '@' || text.startsWith("www.", start)) {
                return true;
            }
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '@' || (c == ':' && text.startsWith("//", i + 1))) {
                    return true;
                }
            }
            return false;
        }

    }
}
