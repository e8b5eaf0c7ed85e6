package io.newswire.enrich.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "iw, he", "in, id", "ji, yi", "IW, he", "mo, ro", "no, nb",
            "pt-BR, pt", "zh_Hant_TW, zh", "EN, en", "' fr ', fr",
            "ara, ar", "fas, fa", "per, fa", "urd, ur", "zho, zh", "chi, zh", "deu, de", "ger, de", "heb, he"})
    void normalisesLegacyRegionalAndThreeLetterCodes(String code, String expected) {
        assertThat(LanguageCode.normalize(code)).isEqualTo(expected);
    }

    @Test
    void whatJavasLocaleReturnsComesOutModern() {
        for (String legacy : new String[] {"iw", "in", "ji"}) {
            String fromLocale = Locale.of(legacy).getLanguage();
            assertThat(LanguageCode.normalize(fromLocale)).isIn("he", "id", "yi");
        }
        assertThat(LanguageCode.normalize(Locale.of("iw").getLanguage())).isEqualTo("he");
    }

    @Test
    void blankIsUndeterminedAndUnknownStaysAsGiven() {
        assertThat(LanguageCode.normalize(null)).isEqualTo("und");
        assertThat(LanguageCode.normalize(" ")).isEqualTo("und");
        assertThat(LanguageCode.normalize("xx")).isEqualTo("xx");
    }
}
