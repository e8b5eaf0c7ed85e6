package io.newswire.enrich.unicode;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Text made of stable chars is normalised, whatever the chars and their order. */
class NormalizationQuickCheckTest {

    @Test
    void combiningAndCompatibilityCharsAreNotStable() {
        assertThat(NormalizationQuickCheck.isNfcStable('a')).isTrue();
        assertThat(NormalizationQuickCheck.isNfcStable('\u00E9')).as("é").isTrue();
        assertThat(NormalizationQuickCheck.isNfcStable('\u0627')).as("alef").isTrue();
        assertThat(NormalizationQuickCheck.isNfcStable('\u0301')).as("combining acute").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\u064B')).as("fathatan").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\u212B')).as("angstrom sign").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\u1161')).as("hangul vowel").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\u09BE')).as("bengali vowel sign aa").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\uD83D')).as("surrogate").isFalse();
        assertThat(NormalizationQuickCheck.isNfcStable('\u00A0')).as("no-break space, NFC").isTrue();
        assertThat(NormalizationQuickCheck.isNfkcStable('\u00A0')).as("no-break space, NFKC").isFalse();
        assertThat(NormalizationQuickCheck.isNfkcStable('\uFB01')).as("fi ligature").isFalse();
        assertThat(NormalizationQuickCheck.isNfkcStable('\uFF0C')).as("full-width comma").isFalse();
    }

    @Test
    void everyPairOfStableCharsOfTheNewsScriptsIsNormalised() {
        int[][] blocks = {{0x0020, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x0590, 0x06FF}, {0x0900, 0x09FF},
                {0x1100, 0x11FF}, {0xAC00, 0xAC40}, {0x3040, 0x30FF}, {0x1E00, 0x1EFF}, {0xFB00, 0xFB4F}};
        List<Character> chars = new ArrayList<>();
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                chars.add((char) c);
            }
        }
        for (char first : chars) {
            for (char second : chars) {
                String pair = "" + first + second;
                if (NormalizationQuickCheck.isNfcStable(first) && NormalizationQuickCheck.isNfcStable(second)) {
                    assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as(hex(pair)).isTrue();
                }
                if (NormalizationQuickCheck.isNfkcStable(first) && NormalizationQuickCheck.isNfkcStable(second)) {
                    assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFKC)).as(hex(pair)).isTrue();
                }
            }
        }
    }

    @Test
    void randomTextsOfStableCharsAreNormalised() {
        List<Character> nfcStable = new ArrayList<>();
        List<Character> nfkcStable = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (NormalizationQuickCheck.isNfcStable((char) c)) {
                nfcStable.add((char) c);
            }
            if (NormalizationQuickCheck.isNfkcStable((char) c)) {
                nfkcStable.add((char) c);
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String nfc = randomText(nfcStable, random);
            String nfkc = randomText(nfkcStable, random);
            assertThat(Normalizer.isNormalized(nfc, Normalizer.Form.NFC)).as(hex(nfc)).isTrue();
            assertThat(Normalizer.isNormalized(nfkc, Normalizer.Form.NFKC)).as(hex(nfkc)).isTrue();
        }
    }

    @Test
    void nfcIsTheTextWhenNormalisedAndItsNormalFormOtherwise() {
        for (String text : List.of("plain", "سلام عليكم", "sécheresse", "se\u0301cheresse", "\u212B", "مَدْرَسَةٌ",
                "\u0627\u0653", "한국", "\u1100\u1161", "")) {
            assertThat(NormalizationQuickCheck.nfc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        String normalised = "already normalised";
        assertThat(NormalizationQuickCheck.nfc(normalised)).isSameAs(normalised);
    }

    private static String randomText(List<Character> chars, Random random) {
        char[] text = new char[1 + random.nextInt(12)];
        for (int k = 0; k < text.length; k++) {
            text[k] = chars.get(random.nextInt(chars.size()));
        }
        return new String(text);
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString();
    }
}
