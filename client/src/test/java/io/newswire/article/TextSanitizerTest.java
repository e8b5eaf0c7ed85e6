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

    @Test
    void aLineAlreadyInShapeIsReturnedAsItIsAndAnyOtherIsReshaped() {
        String clean = "Un titre, عنوان خبر";
        assertThat(TextSanitizer.line(clean)).isSameAs(clean);
        assertThat(TextSanitizer.line(" a")).isEqualTo("a");
        assertThat(TextSanitizer.line("a ")).isEqualTo("a");
        assertThat(TextSanitizer.line("a  b")).isEqualTo("a b");
        assertThat(TextSanitizer.line("a\u00a0b")).isEqualTo("a b");
        assertThat(TextSanitizer.line("a\u2003b")).isEqualTo("a b");
        assertThat(TextSanitizer.line("a\tb\nc")).isEqualTo("a b c");
        assertThat(TextSanitizer.line(" ")).isEmpty();
        assertThat(TextSanitizer.line("")).isEmpty();
    }
}
