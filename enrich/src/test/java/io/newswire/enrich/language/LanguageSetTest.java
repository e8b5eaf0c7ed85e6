package io.newswire.enrich.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageSetTest {

    @Test
    void theNewsDefaultCoversTheTopicLanguagesAndTheMajorNewsLanguages() {
        LanguageSet languages = LanguageSet.newsDefault();

        assertThat(languages.codes()).contains("ar", "de", "en", "es", "fa", "fr", "it", "pt", "ru", "tr", "ur", "zh");
        assertThat(languages.codes()).contains("nl", "pl", "uk", "he", "el", "sv", "id", "hi", "ja", "ko", "vi", "th",
                "ro", "cs", "hu", "bn");
    }

    @Test
    void codesAreNormalisedSoLegacyOnesWork() {
        LanguageSet languages = LanguageSet.of(List.of("iw", "in", "EN", "pt-BR", "ara"));

        assertThat(languages.codes()).containsExactlyInAnyOrder("he", "id", "en", "pt", "ar");
        assertThat(languages.contains("he")).isTrue();
        assertThat(languages.contains("iw")).isFalse();
    }

    @Test
    void groupsTheModelledLanguagesByScript() {
        LanguageSet languages = LanguageSet.of(List.of("ar", "fa", "ur", "en", "ru", "uk", "el", "zh"));

        assertThat(languages.modelledIn(Script.ARABIC)).containsExactly("ar", "fa", "ur");
        assertThat(languages.modelledIn(Script.CYRILLIC)).containsExactly("ru", "uk");
        assertThat(languages.modelledIn(Script.LATIN)).containsExactly("en");
        assertThat(languages.modelledIn(Script.GREEK)).isEmpty();
    }

    @Test
    void rejectsLanguagesTheDetectorCannotTell() {
        assertThatThrownBy(() -> LanguageSet.of(List.of("en", "ps", "xx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ps")
                .hasMessageContaining("xx");
        assertThatThrownBy(() -> LanguageSet.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void supportedHoldsModelledAndScriptSettledLanguages() {
        assertThat(LanguageSet.supported()).contains("ar", "fa", "ur", "en", "el", "he", "ja", "ko", "km", "am")
                .doesNotContain("und", "iw");
    }
}
