package io.newswire.enrich.topics;

import io.newswire.testkit.SeedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference article (the State Department's 2023 terrorism report on Morocco) as the enriched record needs it. */
class TopicSeedArticleTest {
    private static TopicResult result;

    @BeforeAll
    static void tag() {
        result = TopicTaggerHolder.TAGGER.tag("", SeedArticle.text(), "ar");
    }

    @Test
    void politicsAndCrimeOrConflict() {
        Map<String, TopicAssignment> topics = byCode(result.topics());
        assertThat(topics).containsKey("medtop:11000000");
        assertThat(topics.keySet()).containsAnyOf("medtop:02000000", "medtop:16000000");
        assertThat(topics.get("medtop:11000000").label()).isEqualTo("politics");
    }

    @Test
    void terrorismSubjectMappedToConflict() {
        assertThat(result.subjects()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("terrorism");
            assertThat(s.iptcCode()).isEqualTo("medtop:16000000");
            assertThat(s.method()).isEqualTo(TopicMethod.LEXICON);
            assertThat(s.score()).isGreaterThan(0.8);
        });
    }

    @Test
    void religionIfPresentScoresBelowPolitics() {
        Map<String, TopicAssignment> topics = byCode(result.topics());
        TopicAssignment religion = topics.get("medtop:12000000");
        if (religion != null) {
            assertThat(religion.score()).isLessThan(topics.get("medtop:11000000").score());
        }
    }

    @Test
    void eachCodeOnceBestFirstWithItsMethod() {
        List<String> codes = result.topics().stream().map(TopicAssignment::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(result.topics()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(result.topics()).allSatisfy(t -> {
            assertThat(t.score()).isBetween(0.0, 1.0);
            assertThat(t.method()).isIn(TopicMethod.CLASSIFIER, TopicMethod.LEXICON);
            assertThat(IptcMediaTopic.fromCode(t.code())).isPresent();
        });
        // The politics comes from the classifier (ANT's world desk); conflict from the terrorism lexicon.
        assertThat(byCode(result.topics()).get("medtop:11000000").method()).isEqualTo(TopicMethod.CLASSIFIER);
        assertThat(byCode(result.topics()).get("medtop:16000000").method()).isEqualTo(TopicMethod.LEXICON);
    }

    @Test
    void headlineAloneIsEnoughForTerrorism() {
        TopicResult headline = TopicTaggerHolder.TAGGER.tag(SeedArticle.HEADLINE, "", "ar");
        assertThat(headline.subjects()).extracting(SubjectAssignment::code).contains("terrorism");
    }

    private static Map<String, TopicAssignment> byCode(List<TopicAssignment> topics) {
        return topics.stream().collect(Collectors.toMap(TopicAssignment::code, t -> t));
    }
}
