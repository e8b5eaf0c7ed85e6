package io.newswire.enrich.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lingua high accuracy on the full text, the evaluation's reference. */
class LanguageReferenceDetectorTest {
    private final LinguaReferenceDetector lingua = new LinguaReferenceDetector(LanguageSet.of(List.of("ar", "fa", "ur", "en", "de", "km")));

    @Test
    void answersInTheSameCodesAndScripts() {
        DetectedLanguage persian = lingua.detect("افزایش قیمت نفت", "وزارت نفت ایران روز دوشنبه اعلام کرد که تولید افزایش یافته است.");
        DetectedLanguage german = lingua.detect("Merkel trifft Macron", "");

        assertThat(persian.code()).isEqualTo("fa");
        assertThat(persian.script()).isEqualTo("Arab");
        assertThat(persian.confidence()).isBetween(0.0, 1.0);
        assertThat(german.code()).isEqualTo("de");
        assertThat(german.alternatives()).extracting(DetectedLanguage.Candidate::code).doesNotContain("de");
    }

    @Test
    void emptyTextIsUndetermined() {
        DetectedLanguage detected = lingua.detect("", "  ");

        assertThat(detected.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(detected.confidence()).isZero();
        assertThat(detected.script()).isNull();
    }
}
