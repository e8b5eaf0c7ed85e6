package io.newswire.enrich.language;

import java.util.Arrays;

/**
 * The letters of one script's models, numbered from 1 so that an n-gram of up to five letters packs into a long
 * (0 is "not a letter of these models"). Also knows which letters one of the languages actually uses, as opposed
 * to those its model saw once in a borrowed name.
 */
final class Alphabet {
    /** A letter is in common use in a language when at least one letter in this many is it. */
    static final double COMMON_LETTER_PROBABILITY = 1e-5;

    private final short[] codes = new short[Character.MAX_VALUE + 1];
    private boolean[] common = new boolean[64];
    private int size;

    /** Adds the letter (if new) and notes how often one language uses it. */
    void add(char letter, double probability) {
        int code = codes[letter];
        if (code == 0) {
            if (size + 1 >= Short.MAX_VALUE) {
                throw new IllegalStateException("too many letters");
            }
            code = ++size;
            codes[letter] = (short) code;
            if (code >= common.length) {
                common = Arrays.copyOf(common, common.length * 2);
            }
        }
        if (probability >= COMMON_LETTER_PROBABILITY) {
            common[code] = true;
        }
    }

    /** The letter's number, or 0 when no model of this script has it. */
    int code(char letter) {
        return codes[letter];
    }

    /** True when some language of these models uses the letter (by its number) regularly. */
    boolean isCommon(int code) {
        return code > 0 && common[code];
    }

    int size() {
        return size;
    }

    /** Bits a letter's number takes. */
    int bitsPerLetter() {
        return 32 - Integer.numberOfLeadingZeros(size);
    }
}
