package io.newswire.enrich.topics;

import io.newswire.enrich.topics.classifier.LanguageTopicModel;
import io.newswire.enrich.topics.classifier.TopicModel;
import io.newswire.enrich.topics.classifier.TopicModelCodec;
import io.newswire.enrich.topics.training.LabelledText;
import io.newswire.enrich.topics.training.TopicModelTrainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicModelTest {

    @Test
    void shippedModelIsSmallLoadsQuicklyAndHasAllLanguages() throws IOException {
        byte[] bytes;
        try (InputStream in = TopicTagger.class.getResourceAsStream(TopicTagger.MODEL_RESOURCE)) {
            assertThat(in).isNotNull();
            bytes = in.readAllBytes();
        }
        assertThat(bytes.length).isLessThan(5_000_000);
        TopicModelCodec.fromBytes(bytes); // warm the code paths; the timed load below is what a service pays after
        long start = System.nanoTime();
        TopicModel model = TopicModelCodec.fromBytes(bytes);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        assertThat(model.languages())
                .containsExactlyInAnyOrder("ar", "de", "en", "es", "fa", "fr", "it", "pt", "ru", "tr", "ur", "zh");
        for (LanguageTopicModel language : model.models()) {
            assertThat(language.classes()).as(language.language())
                    .contains("11000000", "15000000", "07000000", "13000000", LanguageTopicModel.NO_TOPIC);
            assertThat(language.featureCount()).as(language.language()).isGreaterThan(1000);
        }
        // Arabic is also trained on the ANT news desks: economy exists only there.
        assertThat(model.forLanguage("ar").orElseThrow().classes()).contains("04000000", "01000000");
    }

    @Test
    void trainingIsDeterministicAndLearnsItsData() {
        List<LabelledText> corpus = tinyCorpus();
        byte[] first = TopicModelCodec.toBytes(TopicModelTrainer.withDefaults().train(corpus));
        byte[] second = TopicModelCodec.toBytes(TopicModelTrainer.withDefaults().train(new ArrayList<>(corpus)));
        assertThat(second).isEqualTo(first);

        TopicTagger tagger = new TopicTagger(TopicModelCodec.fromBytes(first), "test", TopicTaggerHolder.TAGGER.lexicon());
        assertThat(tagger.tag("goal match team", "", "en").topics().get(0).code()).isEqualTo("medtop:15000000");
        assertThat(tagger.tag("vote minister parliament", "", "en").topics().get(0).code()).isEqualTo("medtop:11000000");
        assertThat(tagger.tag("vote minister parliament", "", "de").topics()).isEmpty(); // no German model here
    }

    @Test
    void modelFileRoundTripKeepsPredictions() {
        TopicModel trained = TopicModelTrainer.withDefaults().train(tinyCorpus());
        TopicModel loaded = TopicModelCodec.fromBytes(TopicModelCodec.toBytes(trained));
        var x = trained.features().extract(io.newswire.enrich.topics.text.TopicText.of("team goal", "", 1000));
        double[] before = trained.forLanguage("en").orElseThrow().probabilities(x);
        double[] after = loaded.forLanguage("en").orElseThrow().probabilities(x);
        for (int c = 0; c < before.length; c++) {
            assertThat(after[c]).isCloseTo(before[c], org.assertj.core.data.Offset.offset(0.02));
        }
    }

    private static List<LabelledText> tinyCorpus() {
        String[] sport = {"the team scored a goal in the match", "the match ended after a late goal by the team",
                "our team won the cup match", "a goal in the final match for the team"};
        String[] politics = {"the minister lost the vote in parliament", "parliament passed the vote on the minister",
                "the prime minister called a vote", "a vote of no confidence in parliament"};
        List<LabelledText> corpus = new ArrayList<>();
        for (int i = 0; i < sport.length; i++) {
            corpus.add(new LabelledText("t:s" + i, "en", "", sport[i], "sport", LabelledText.Corpus.SIB200, "s" + i));
            corpus.add(new LabelledText("t:p" + i, "en", "", politics[i], "politics", LabelledText.Corpus.SIB200, "p" + i));
        }
        return corpus;
    }
}
