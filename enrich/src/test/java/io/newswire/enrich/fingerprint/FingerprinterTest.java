package io.newswire.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testkit.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprinterTest {
    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    /** An original 3 KB English news article, 18 sentences. */
    private static final String PORT_ARTICLE = resource("article-en-port.txt");
    private static final String PORT_TITLE = PORT_ARTICLE.lines().findFirst().orElseThrow();
    private static final String PORT_TEXT = PORT_ARTICLE.substring(PORT_TITLE.length()).strip();
    /** The SimHash of a fixed text, pinned: fingerprints stored in Kafka must stay comparable across releases. */
    private static final long PINNED_SIMHASH = 0x4dc221cb1d9f357cL;

    private static String resource(String name) {
        try (InputStream in = FingerprinterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double similarity(String titleA, String textA, String titleB, String textB) {
        return Fingerprinter.similarity(FINGERPRINTER.of(titleA, textA).simhash(), FINGERPRINTER.of(titleB, textB).simhash());
    }

    @Test
    void theSameContentHasTheSameFingerprint() {
        ContentFingerprint first = FINGERPRINTER.of(PORT_TITLE, PORT_TEXT);
        ContentFingerprint second = new Fingerprinter().of(PORT_TITLE, PORT_TEXT);

        assertThat(second).isEqualTo(first);
        assertThat(first.algorithm()).isEqualTo("simhash64-w3");
        assertThat(first.contentHash()).matches("[0-9a-f]{64}");
        assertThat(Fingerprinter.similarity(first.simhash(), second.simhash())).isEqualTo(1.0);
    }

    @Test
    void theSeedArticlePushedTwiceIsRecognised() {
        assertThat(FINGERPRINTER.of(SeedArticle.HEADLINE, SeedArticle.text()))
                .isEqualTo(FINGERPRINTER.of(SeedArticle.HEADLINE, SeedArticle.text()));
    }

    @Test
    void whitespaceAndCaseChangesKeepTheContentHash() {
        ContentFingerprint original = FINGERPRINTER.of("Floods Hit The North", "Rain fell for three days.\n\nRivers rose.");
        ContentFingerprint reformatted = FINGERPRINTER.of("  floods hit the NORTH ", "Rain  fell\tfor three\u00A0days.\r\nRivers ROSE.  ");

        assertThat(reformatted.contentHash()).isEqualTo(original.contentHash());
        assertThat(reformatted.simhash()).isEqualTo(original.simhash());
    }

    @Test
    void compatibilityFormsKeepTheContentHash() {
        assertThat(FINGERPRINTER.of("ＵＮ ｒｅｐｏｒｔ", "ﬁnal text").contentHash())
                .isEqualTo(FINGERPRINTER.of("UN report", "final text").contentHash());
    }

    @Test
    void anyOtherChangeChangesTheContentHash() {
        String hash = FINGERPRINTER.of("Title", "Rain fell for three days.").contentHash();

        assertThat(FINGERPRINTER.of("Title", "Rain fell for four days.").contentHash()).isNotEqualTo(hash);
        assertThat(FINGERPRINTER.of("Title", "Rain fell for three days!").contentHash()).isNotEqualTo(hash);
        assertThat(FINGERPRINTER.of("Title Rain", "fell for three days.").contentHash()).isNotEqualTo(hash);
    }

    @Test
    void aOneSentenceEditOfA3KbArticleStaysAbove90Percent() {
        assertThat(PORT_ARTICLE.getBytes(StandardCharsets.UTF_8).length).isBetween(2800, 3200);
        String edited = PORT_TEXT.replace(
                "Construction is expected to start in the spring and to last about thirty months",
                "Construction should begin in the autumn and last about three years");

        assertThat(edited).isNotEqualTo(PORT_TEXT);
        assertThat(similarity(PORT_TITLE, PORT_TEXT, PORT_TITLE, edited)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void editsOfAnyOneSentenceTypicallyStayAbove90Percent() {
        String[] sentences = PORT_TEXT.split("\n");
        List<Double> similarities = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            String[] words = sentences[i].split(" ");
            words[words.length / 3] = "amended";
            words[2 * words.length / 3] = "revised";
            String[] edited = sentences.clone();
            edited[i] = String.join(" ", words);
            similarities.add(similarity(PORT_TITLE, PORT_TEXT, PORT_TITLE, String.join("\n", edited)));
        }
        Collections.sort(similarities);

        assertThat(similarities.get(similarities.size() / 2)).as("median").isGreaterThanOrEqualTo(0.9);
        assertThat(similarities.get(0)).as("worst").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void unrelatedArticlesAreFarApart() {
        double similarity = similarity(PORT_TITLE, PORT_TEXT, SeedArticle.HEADLINE, SeedArticle.text());

        assertThat(similarity).isLessThan(0.75);
    }

    @Test
    void similarityIsOneMinusTheHammingDistanceOver64() {
        assertThat(Fingerprinter.similarity(0L, 0L)).isEqualTo(1.0);
        assertThat(Fingerprinter.similarity(0L, -1L)).isEqualTo(0.0);
        assertThat(Fingerprinter.similarity(0b1011L, 0b0001L)).isEqualTo(1.0 - 2.0 / 64);
    }

    @Test
    void theSimHashIsStableAcrossRunsAndMachines() {
        // A change here means stored fingerprints no longer compare: it needs a new algorithm name.
        assertThat(FINGERPRINTER.of("Floods hit the north", "Rain fell for three days and the rivers rose.").simhash())
                .isEqualTo(PINNED_SIMHASH);
    }

    @Test
    void missingTitleOrTextIsEmpty() {
        assertThat(FINGERPRINTER.of(null, "Text")).isEqualTo(FINGERPRINTER.of("", "Text"));
        assertThat(FINGERPRINTER.of("Title", null)).isEqualTo(FINGERPRINTER.of("Title", ""));
        assertThat(FINGERPRINTER.of(null, null).simhash()).isZero();
    }

    @Test
    void shortTextsStillGetASimHash() {
        assertThat(FINGERPRINTER.of(null, "Floods").simhash()).isNotZero();
        assertThat(FINGERPRINTER.of(null, "Floods").simhash()).isNotEqualTo(FINGERPRINTER.of(null, "Rain").simhash());
    }

    @Test
    void chineseIsShingledByCharacters() {
        double similarity = similarity(null, "中国和美国的关系正在改善，双方同意在明年举行新一轮会谈，讨论贸易和气候问题。",
                null, "中国和美国的关系正在改善，双方同意在明年举行新一轮会谈，讨论贸易和能源问题。");

        assertThat(similarity).isGreaterThan(0.85);
    }

    @Test
    void namesItsVersion() {
        assertThat(FINGERPRINTER.version()).isEqualTo("fingerprinter-1/sha256+simhash64-w3");
    }
}
