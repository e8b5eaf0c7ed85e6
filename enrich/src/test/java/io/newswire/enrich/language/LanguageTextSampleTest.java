package io.newswire.enrich.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded, cleaned sample the detector reads. */
class LanguageTextSampleTest {

    @Test
    void lowerCasesLettersAndBreaksWordsAtEverythingElse() {
        TextSample sample = TextSample.of("Brexit: PM's vote", "in 2024 — 3 times!", 600);

        assertThat(sample.toString()).isEqualTo("brexit pm s vote in times");
        assertThat(sample.letters()).isEqualTo(20);
        assertThat(sample.letters(Script.LATIN)).isEqualTo(20);
    }

    @Test
    void leavesOutLinksAddressesAndHandles() {
        TextSample sample = TextSample.of("", "see https://example.com/path and www.example.org or desk@example.com @handle now", 600);

        assertThat(sample.toString()).isEqualTo("see and or now");
    }

    @Test
    void stopsAtTheLetterBudgetOnAWordBoundary() {
        String body = "word ".repeat(1000);

        TextSample sample = TextSample.of("title", body, 100);

        assertThat(sample.letters()).isBetween(100, 104);
        assertThat(sample.toString()).startsWith("title word word").doesNotEndWith(" ").endsWith("word");
    }

    @Test
    void dropsArabicVowelSignsAndTatweelAndReadsPresentationForms() {
        assertThat(TextSample.of("", "مَدْرَسَةٌ كـــبيرة", 600).toString()).isEqualTo("مدرسة كبيرة");
        assertThat(TextSample.of("", "ﻋﻠﻰ اﻟﻤﺪى", 600).toString()).isEqualTo("على المدى");
    }

    @Test
    void composesDecomposedAccents() {
        String decomposed = "se\u0301cheresse a\u0300 Pe\u0301kin";

        assertThat(TextSample.of("", decomposed, 600).toString()).isEqualTo("sécheresse à pékin");
    }

    @Test
    void turkishDottedCapitalIBecomesPlainI() {
        assertThat(TextSample.of("İSTANBUL", "", 600).toString()).isEqualTo("istanbul");
    }

    @Test
    void theDominantScriptWeighsLatinLeastAndCjkMost() {
        assertThat(TextSample.of("جربنا هاتفين Honor Lite", "", 600).dominantScript()).isEqualTo(Script.ARABIC);
        assertThat(TextSample.of("三星发布Galaxy", "", 600).dominantScript()).isEqualTo(Script.HAN);
        assertThat(TextSample.of("The Kremlin said Путин would travel", "", 600).dominantScript()).isEqualTo(Script.LATIN);
        assertThat(TextSample.of("Honor", "هاتف", 600).dominantScript()).as("a tie").isEqualTo(Script.ARABIC);
        assertThat(TextSample.of("", "123 !?", 600).dominantScript()).isEqualTo(Script.OTHER);
    }
}
