package io.newswire.enrich.topics;

import io.newswire.enrich.topics.text.TopicTextNormalizer;
import io.newswire.enrich.topics.text.TopicTokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTextTest {

    @Test
    void arabicLetterVariantsFoldOntoOneForm() {
        assertThat(TopicTextNormalizer.normalize("أإآٱ")).isEqualTo("اااا");
        assertThat(TopicTextNormalizer.normalize("مدرسة")).isEqualTo("مدرسه");   // teh marbuta
        assertThat(TopicTextNormalizer.normalize("على")).isEqualTo("علي");       // alef maksura
        assertThat(TopicTextNormalizer.normalize("الإرهَابُ")).isEqualTo("الارهاب"); // harakat
        assertThat(TopicTextNormalizer.normalize("إرهـــاب")).isEqualTo("ارهاب");  // tatweel
        assertThat(TopicTextNormalizer.normalize("٢٠٢٣")).isEqualTo("2023");
    }

    @Test
    void persianAndUrduLettersFoldOntoArabic() {
        assertThat(TopicTextNormalizer.normalize("کی")).isEqualTo(TopicTextNormalizer.normalize("كي"));
        assertThat(TopicTextNormalizer.normalize("تروریست‌ها")).isEqualTo("تروريستها"); // half-space removed
        assertThat(TopicTextNormalizer.normalize("دہشت")).isEqualTo("دهشت");
    }

    @Test
    void latinLowerCaseWithoutAccents() {
        assertThat(TopicTextNormalizer.normalize("Élection ÉTÉ")).isEqualTo("election ete");
        assertThat(TopicTextNormalizer.normalize("İstanbul ıslak")).isEqualTo("istanbul islak");
    }

    @Test
    void tokensAreWordsAndSingleIdeographs() {
        assertThat(TopicTokenizer.tokenize("covid-19 hit 2023, al-qaeda")).containsExactly("covid", "hit", "al", "qaeda"); // bare numbers carry no topic
        assertThat(TopicTokenizer.tokenize("选举abc")).containsExactly("选", "举", "abc");
    }
}
