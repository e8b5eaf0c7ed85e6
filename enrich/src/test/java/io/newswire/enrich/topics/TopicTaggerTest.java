package io.newswire.enrich.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Clear-cut short texts in several languages get the topic they are about. */
class TopicTaggerTest {
    private static final TopicTagger TAGGER = TopicTaggerHolder.TAGGER;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 15000000 | The football team won the championship after a dramatic final match
            zh | 15000000 | 国家足球队在世界杯比赛中以二比一战胜对手
            ar | 15000000 | فاز ريال مدريد على برشلونة بثلاثة أهداف في الدوري الإسباني لكرة القدم
            fa | 15000000 | تیم ملی فوتبال ایران در جام جهانی مقابل انگلیس شکست خورد
            fr | 15000000 | Le PSG remporte le championnat de France de football après une victoire contre Lyon
            ur | 15000000 | پاکستان کرکٹ ٹیم نے بھارت کو میچ میں شکست دے دی
            en | 07000000 | Doctors warn that the new drug could reduce the risk of heart disease in patients
            de | 07000000 | Der Patient wurde im Krankenhaus wegen einer schweren Krankheit behandelt
            zh | 07000000 | 世界卫生组织警告新冠疫情在多个国家再次暴发，疫苗接种率下降
            en | 11000000 | The president and parliament agreed on a new government coalition
            pt | 11000000 | O presidente e o parlamento discutiram a nova lei do governo
            de | 11000000 | Die Bundestagswahl: Wähler entscheiden über neue Regierung, Wahlkampf endet
            ar | 04000000 | ارتفعت أسعار النفط وتراجعت البورصة مع مخاوف التضخم والبنك المركزي
            ru | 04000000 | Центробанк повысил ключевую ставку, инфляция ускорилась, рубль упал на бирже
            en | 04000000 | Stocks fell on Wall Street as investors feared the central bank would raise interest rates
            ar | 13000000 | أطلقت شركة آبل هاتف آيفون الجديد بتقنيات الذكاء الاصطناعي
            es | 03000000 | El terremoto de magnitud 7 provocó un tsunami y cientos de muertos
            tr | 03000000 | Deprem sonrası AFAD ekipleri enkaz altındaki yaralıları kurtarmaya çalıştı; doğal afet bölgesi ilan edildi
            en | 16000000 | Bomb attack kills five in Kabul; Islamic State claims responsibility
            fr | 16000000 | Attentat terroriste à Paris : l'État islamique revendique l'attaque
            """)
    void clearCutTextsGetTheirTopic(String language, String topic, String text) {
        TopicResult result = TAGGER.tag(text, "", language);
        assertThat(result.topics()).extracting(TopicAssignment::code).contains("medtop:" + topic);
    }

    @Test
    void aTopicOfTheClassifierSaysSo() {
        TopicResult result = TAGGER.tag("The football team won the championship after a dramatic final match", "", "en");
        assertThat(result.topics().get(0).code()).isEqualTo("medtop:15000000");
        assertThat(result.topics().get(0).method()).isEqualTo(TopicMethod.CLASSIFIER);
        assertThat(result.topics().get(0).label()).isEqualTo("sport");
    }

    @Test
    void undeterminedLanguageStillGetsLexiconTopics() {
        TopicResult result = TAGGER.tag("Terrorist attack: Islamic State suicide bomber kills 12", "", "und");
        assertThat(result.subjects()).extracting(SubjectAssignment::code).contains("terrorism");
        assertThat(result.topics()).allSatisfy(t -> assertThat(t.method()).isEqualTo(TopicMethod.LEXICON));
        assertThat(result.topics()).extracting(TopicAssignment::code).contains("medtop:16000000");
    }

    @Test
    void languageWithoutModelUsesAllLexicons() {
        TopicResult result = TAGGER.tag("Aardbeving en tsunami: earthquake magnitude 7, tsunami warning", "", "nl");
        assertThat(result.topics()).extracting(TopicAssignment::code).containsExactly("medtop:03000000");
    }

    @Test
    void unrelatedTextHasNoSubject() {
        assertThat(TAGGER.tag("A quiet walk", "We walked along the river on Sunday and bought some bread.", "en")
                .subjects()).isEmpty();
        assertThat(TAGGER.tag("", "ذهبنا إلى السوق صباحا واشترينا الخبز والفاكهة ثم عدنا إلى البيت", "ar")
                .subjects()).isEmpty();
    }

    @Test
    void emptyAndMissingInputsAreHandled() {
        assertThat(TAGGER.tag(null, null, null).topics()).isEmpty();
        assertThat(TAGGER.tag("", "", "en").subjects()).isEmpty();
    }

    @Test
    void versionNamesModelAndLexicons() {
        assertThat(TAGGER.version()).matches("iptc-topics/model-[0-9a-f]{12}/lexicon-[0-9a-f]{12}");
        assertThat(TopicTagger.fromClasspath().version()).isEqualTo(TAGGER.version());
    }

    @Test
    void sameAnswerFromManyThreads() throws Exception {
        String text = "Stocks fell on Wall Street as investors feared the central bank would raise interest rates";
        TopicResult expected = TAGGER.tag(text, "", "en");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<TopicResult>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> TAGGER.tag(text, "", "en")));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
