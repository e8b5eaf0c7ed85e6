package io.newswire.enrich.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testkit.SeedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceFinderTest {
    private static final PlaceFinder FINDER = new PlaceFinder();

    private static List<String> codes(String text, String language) {
        return FINDER.find(null, text, language).stream().map(PlaceMention::countryCode).toList();
    }

    @Test
    void seedArticleMentionsMoroccoAndTheUnitedStatesOnly() {
        List<PlaceMention> places = FINDER.find(null, SeedArticle.text(), "ar");

        assertThat(places).extracting(PlaceMention::countryCode).containsExactly("MA", "US");
        assertThat(places.get(0).name()).isEqualTo("Morocco");
        assertThat(places.get(1).name()).isEqualTo("United States");
        assertThat(places.get(0).mentions()).isGreaterThan(places.get(1).mentions());
        assertThat(codes(SeedArticle.text(), "und")).containsExactly("MA", "US");
    }

    @Test
    void countsMentionsInTitleAndTextMostMentionedFirstThenByCode() {
        List<PlaceMention> places = FINDER.find("France and Morocco", "Morocco, Spain and France. Morocco again.", "en");

        assertThat(places).containsExactly(
                new PlaceMention("MA", "Morocco", 3),
                new PlaceMention("FR", "France", 2),
                new PlaceMention("ES", "Spain", 1));
    }

    @Test
    void findsNothingInNothing() {
        assertThat(FINDER.find(null, null, null)).isEmpty();
        assertThat(FINDER.find("", "", "en")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | والمغرب وبالمغرب وللمغرب كالمغرب                 | MA
            ar | للولايات المتحدة وبالولايات المتحدة الأمريكية     | US
            ar | زار أمريكا ثم أميركا                               | US
            ar | ايران وإيران وإِيرَان وإيـــران وفإيران           | IR
            ar | سوريا وسورية وفلسطين والإمارات                    | AE,PS,SY
            ar | كوريا الجنوبية والمملكة المتحدة                   | GB,KR
            ar | ساحل العاج وكوت ديفوار                            | CI
            fa | ایران‌ها و آمریکا و عربستان                        | IR,SA,US
            fa | کرهٔ جنوبی و کره جنوبی                             | KR
            ur | پاکستان اور بھارت کے درمیان امریکہ کی ثالثی        | IN,PK,US
            en | The United States, the U.S., the USA and the US   | US
            en | Britain, Great Britain, the UK and the United Kingdom | GB
            en | South Korea and North Korea, Russia, Iran, Syria and Palestine | IR,KP,KR,PS,RU,SY
            en | Ivory Coast, also Côte d’Ivoire or Cote d'Ivoire  | CI
            fr | Les États-Unis, les Etats-Unis, l'Iran et le Royaume-Uni | GB,IR,US
            es | EE.UU. y Estados Unidos firman con Marruecos      | MA,US
            de | Die Außenminister der USA, Russlands und der Türkei | RU,TR,US
            de | Die Vereinigten Staaten und Großbritannien        | GB,US
            ru | Переговоры в России и США, визит в Южную Корею    | KR,RU,US
            ru | Посол Соединенных Штатов во Франции               | FR,US
            tr | Türkiye'nin ABD'ye ve Fas'a tepkisi                | MA,TR,US
            zh | 中国和美国的关系以及印度尼西亚                    | CN,ID,US
            ja | インドと米国と中国                                  | CN,IN,US
            ko | 미국은 한국과 일본에서                             | JP,KR,US
            """)
    void findsCountriesInEveryLanguage(String language, String text, String expected) {
        assertThat(codes(text, language)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Michael Jordan scored 30 points for Chicago.
            en | Chad Smith played the drums for an hour.
            en | Atlanta, Georgia, is hosting the convention.
            en | We ate turkey and cranberry sauce.
            en | Tell us what you think of the china set.
            en | WHAT IT MEANS FOR US
            en | The price is US$ 20 million.
            en | The woman spoke Romanian and ate a pomegranate in roman style.
            en | Albuquerque, New Mexico, and New Jersey are states.
            en | The guinea pig escaped. A Guinea pig escaped.
            en | The Niger Delta is in the south.
            es | La reunión terminó tarde.
            de | Er war auf Rhode Island.
            zh | 这些发展中国家的沿海地区
            ja | インドアで遊ぶ
            """)
    void fallsIntoNoAmbiguityTrap(String language, String text) {
        List<String> found = codes(text, language);

        assertThat(found).as("text %s", text).isEmpty();
    }

    @Test
    void aWeakNameCountsWhenTheArticleConfirmsTheCountry() {
        assertThat(codes("Jordan's King Abdullah met officials in Amman.", "en")).containsExactly("JO");
        assertThat(codes("Turkey will host the summit in Ankara.", "en")).containsExactly("TR");
        assertThat(codes("Georgia and its capital Tbilisi.", "en")).containsExactly("GE");
        assertThat(codes("Chad and Niger signed a deal in N'Djamena.", "en")).containsExactly("NE", "TD");
    }

    @Test
    void theLongestNameWins() {
        assertThat(codes("Guinea-Bissau", "en")).containsExactly("GW");
        assertThat(codes("Equatorial Guinea", "en")).containsExactly("GQ");
        assertThat(codes("Papua New Guinea", "en")).containsExactly("PG");
        assertThat(codes("Guinea", "en")).containsExactly("GN");
        assertThat(codes("Niger and Nigeria", "en")).containsExactlyInAnyOrder("NE", "NG");
        assertThat(codes("the Dominican Republic", "en")).containsExactly("DO");
        assertThat(codes("Dominica", "en")).containsExactly("DM");
        assertThat(codes("South Sudan", "en")).containsExactly("SS");
        assertThat(codes("جنوب السودان", "ar")).containsExactly("SS");
        assertThat(codes("غينيا بيساو", "ar")).containsExactly("GW");
    }

    @Test
    void matchesCaseInsensitivelyButNotCommonNouns() {
        assertThat(codes("MOROCCO AND FRANCE", "en")).containsExactlyInAnyOrder("FR", "MA");
        assertThat(codes("the united States", "en")).containsExactly("US");
        assertThat(codes("Turkey", "en")).isEmpty();
        assertThat(codes("china", "en")).isEmpty();
        assertThat(codes("China", "en")).containsExactly("CN");
    }

    @Test
    void normalisesLanguageTags() {
        assertThat(codes("Os Estados Unidos e o Brasil", "pt-BR")).containsExactlyInAnyOrder("BR", "US");
        assertThat(codes("ארצות הברית וישראל", "iw")).containsExactlyInAnyOrder("IL", "US");
        assertThat(codes("Morocco", null)).containsExactly("MA");
        assertThat(codes("Morocco", "xx")).containsExactly("MA");
    }

    @Test
    void namesItsVersionAfterItsGazetteer() {
        assertThat(FINDER.version()).matches("place-finder-1/gazetteer-[0-9a-f]{12}");
    }
}
