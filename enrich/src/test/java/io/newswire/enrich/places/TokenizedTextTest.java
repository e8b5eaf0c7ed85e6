package io.newswire.enrich.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The folded words of a text, held without a string each until asked for. */
class TokenizedTextTest {

    @Test
    void foldsWordsAndKeepsTheirHashesAndPositions() {
        TokenizedText tokens = TokenizedText.of("Bienvenue à l'Île-de-France, والمغرب 日本と中国 ــ");

        assertThat(tokens.size()).as("the tatweel alone folds to nothing and is no word").isEqualTo(8);
        String[] folded = {"bienvenue", "a", "l", "ile", "de", "france", "والمغرب"};
        for (int t = 0; t < 6; t++) {
            assertThat(tokens.folded(t)).isEqualTo(folded[t]);
            assertThat(tokens.foldedHash(t)).isEqualTo(folded[t].hashCode());
            assertThat(tokens.foldedEquals(t, folded[t])).isTrue();
            assertThat(tokens.foldedEquals(t, folded[t] + "x")).isFalse();
            assertThat(tokens.isUnspaced(t)).isFalse();
        }
        assertThat(tokens.rawText(3)).isEqualTo("Île");
        assertThat(tokens.folded(6)).isEqualTo("والمغرب");
        assertThat(tokens.foldedHash(6)).isEqualTo("والمغرب".hashCode());
        assertThat(tokens.isUnspaced(7)).isTrue();
    }

    @Test
    void keepsRunsOfChineseAndJapaneseAsTheyAre() {
        TokenizedText tokens = TokenizedText.of("Visit 日本と中国 today");

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.isUnspaced(1)).isTrue();
        assertThat(tokens.folded(1)).isEqualTo("日本と中国");
        assertThat(tokens.foldedHash(1)).isEqualTo("日本と中国".hashCode());
        assertThat(tokens.folded(2)).isEqualTo("today");
    }
}
