package io.newswire.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSanitizerTest {

    @Test
    void removesControlCharactersButKeepsNewlinesAndTabs() {
        assertThat(TextSanitizer.text("a\u0000b\u0007c\td\ne\u007Ff\u0085g")).isEqualTo("abc\td\nefg");
    }

    @Test
    void normalisesLineEndings() {
        assertThat(TextSanitizer.text("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void replacesLoneSurrogatesAndKeepsPairs() {
        assertThat(TextSanitizer.text("x\uD800y\uDC00z😀")).isEqualTo("x\uFFFDy\uFFFDz😀");
    }

    @Test
    void keepsTheZeroWidthNonJoinerPersianNeeds() {
        String persian = "می‌خواهم";
        assertThat(TextSanitizer.text(persian)).isEqualTo(persian);
        assertThat(TextSanitizer.line(persian)).isEqualTo(persian);
    }

    @Test
    void aLineIsOneLine() {
        assertThat(TextSanitizer.line("  Breaking:\n\t news \u00A0 today  ")).isEqualTo("Breaking: news today");
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "المقال التالي\nنص";
        assertThat(TextSanitizer.text(clean)).isSameAs(clean);
    }
}
