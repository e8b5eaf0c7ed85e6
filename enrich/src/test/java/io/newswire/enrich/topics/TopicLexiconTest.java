package io.newswire.enrich.topics;

import io.newswire.enrich.topics.lexicon.SubjectLexicon;
import io.newswire.enrich.topics.text.TopicText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicLexiconTest {
    private static final SubjectLexicon LEXICON = TopicTaggerHolder.TAGGER.lexicon();

    private static List<String> subjects(String text, String language) {
        return LEXICON.match(TopicText.of("", text, 20_000), language).stream().map(SubjectAssignment::code).toList();
    }

    @Test
    void everyLanguageHasEverySubject() {
        assertThat(LEXICON.languages())
                .containsExactlyInAnyOrder("ar", "en", "fr", "es", "de", "it", "pt", "ru", "tr", "fa", "ur", "zh");
        for (String language : LEXICON.languages()) {
            assertThat(LEXICON.termCount(language)).as(language).isGreaterThan(150);
        }
        assertThat(LEXICON.subjects()).extracting(s -> s.slug())
                .contains("terrorism", "elections", "religion", "armed-conflict", "crime", "natural-disaster", "epidemic");
        assertThat(LEXICON.subjects()).allSatisfy(s -> {
            assertThat(s.slug()).matches("[a-z-]+");
            assertThat(IptcMediaTopic.fromCode(s.iptcCode())).isPresent();
            assertThat(s.impliedTopics()).isNotEmpty();
        });
        assertThat(LEXICON.subject("terrorism").impliedTopics())
                .containsKeys(IptcMediaTopic.CONFLICT_WAR_PEACE, IptcMediaTopic.CRIME_LAW_JUSTICE);
    }

    @Test
    void arabicProcliticsAndSuffixesAreMatched() {
        // و+ال, ب+ال, ل+ل, ف+ال; and the suffixed forms -ي، -ية، -يين of the stem إرهاب.
        assertThat(subjects("والإرهاب بالإرهابيين للإرهاب", "ar")).contains("terrorism");
        assertThat(subjects("فالإرهابية والمتطرفين", "ar")).contains("terrorism");
        // Broken plural listed as its own word, and alef with hamza written without it.
        assertThat(subjects("الانتخابات والناخبين", "ar")).contains("elections");
        assertThat(subjects("المساجد والأئمة", "ar")).contains("religion");
    }

    @Test
    void arabicStemNeedsItsLetters() {
        // "حرب" (war) is listed as a whole word: "حربة" (spear) or "محارب" are not war.
        assertThat(subjects("حربة محارب", "ar")).doesNotContain("armed-conflict");
        // Stripping a proclitic must leave three letters: "ولد" (boy) is not و + "لد".
        assertThat(subjects("ولد ولد ولد", "ar")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Voters went to the polls in the presidential election; turnout was high at polling stations
            fr | Les électeurs ont voté au premier tour de l'élection présidentielle; le scrutin a été calme
            es | Los votantes acudieron a las urnas en las elecciones presidenciales
            de | Die Wähler gaben bei der Bundestagswahl ihre Stimmzettel ab
            it | Gli elettori alle urne per le elezioni regionali
            pt | Os eleitores foram às urnas nas eleições presidenciais
            ru | Избиратели пришли на выборы президента, голосование прошло спокойно
            tr | Seçmenler cumhurbaşkanlığı seçimi için sandık başına gitti
            fa | رای‌دهندگان در انتخابات ریاست جمهوری شرکت کردند
            ur | ووٹرز نے عام انتخابات میں ووٹ ڈالے
            zh | 选民在总统选举中投下选票
            ar | توجه الناخبون إلى مراكز الاقتراع في الانتخابات الرئاسية
            """)
    void electionsInEveryLanguage(String language, String text) {
        assertThat(subjects(text, language)).contains("elections");
    }

    @Test
    void onePassingMentionInALongArticleIsNoEvidence() {
        String economy = "The company reported higher quarterly revenue and raised its forecast for the year. ".repeat(20)
                + "Its chief executive said an election next year would not change the plan. "
                + "Analysts expect margins to improve as costs fall and new products reach customers. ".repeat(20);
        assertThat(subjects(economy, "en")).isEmpty();
    }

    @Test
    void weakTermsAloneAreNoEvidence() {
        assertThat(subjects("The military parade", "en")).isEmpty();
    }

    @Test
    void scoresAreBetweenZeroAndOneAndGrowWithEvidence() {
        double one = LEXICON.match(TopicText.of("", "terrorism and extremism", 1000), "en").get(0).score();
        double more = LEXICON.match(TopicText.of("",
                "terrorism, terrorist cells, extremism, suicide bombers and Islamic State", 1000), "en").get(0).score();
        assertThat(one).isBetween(SubjectLexicon.MIN_SCORE, 1.0);
        assertThat(more).isGreaterThan(one).isLessThanOrEqualTo(1.0);
    }
}
