package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testkit.SeedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCleanerTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void seedArticleLosesItsFurnitureAndKeepsEveryParagraph() {
        CleanedText cleaned = CLEANER.clean(null, SeedArticle.text());

        assertThat(cleaned.title()).isEqualTo(SeedArticle.HEADLINE);
        assertThat(cleaned.titleFromText()).isTrue();
        assertThat(lines(cleaned.text()))
                .noneMatch(line -> line.contains("Share"))
                .noneMatch(line -> line.contains("Link copied"))
                .noneMatch(line -> line.contains("المقال التالي"));

        List<String> expectedParagraphs = SeedArticle.text().lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .filter(line -> !List.of("Share", "• Link copied", "المقال التالي", SeedArticle.HEADLINE).contains(line))
                .toList();
        assertThat(expectedParagraphs).hasSize(21);
        assertThat(cleaned.text().split("\n\n")).containsExactlyElementsOf(expectedParagraphs);
        assertThat(cleaned.text()).startsWith("أشاد تقرير وزارة الخارجية الأمريكية").endsWith("القائمة.");
    }

    @Test
    void paragraphsAreSeparatedByExactlyOneBlankLineAndLinesAreTrimmed() {
        String body = "\n\n  First   paragraph,\tline one.  \r\n  line two\u00A0\u00A0of it. \r\n\r\n\r\n\n Second\u2003paragraph. \n\n\n";

        CleanedText cleaned = CLEANER.clean("Title", body);

        assertThat(cleaned.text()).isEqualTo("First paragraph, line one.\nline two of it.\n\nSecond paragraph.");
    }

    static Stream<Arguments> furnitureInFiveLanguages() {
        return Stream.of(
                Arguments.of("en",
                        List.of("Share", "• Link copied", "Advertisement"),
                        List.of("Read more: Floods hit the north of the country", "Next article",
                                "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
                                "© 2024 Example News. All rights reserved.")),
                Arguments.of("fr",
                        List.of("Partager", "Lien copié", "Publicité"),
                        List.of("Lire aussi : Les inondations frappent le nord du pays", "Article suivant",
                                "Ce site utilise des cookies pour améliorer votre expérience.",
                                "Abonnez-vous pour lire la suite", "Tous droits réservés")),
                Arguments.of("es",
                        List.of("Compartir", "Enlace copiado", "Publicidad"),
                        List.of("Lee también: Las inundaciones afectan al norte del país", "Siguiente artículo",
                                "Este sitio web utiliza cookies para mejorar su experiencia.",
                                "Todos los derechos reservados")),
                Arguments.of("de",
                        List.of("Teilen", "Link kopiert", "Anzeige"),
                        List.of("Lesen Sie auch: Hochwasser im Norden des Landes", "Nächster Artikel",
                                "Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.",
                                "Jetzt abonnieren und weiterlesen", "Alle Rechte vorbehalten")),
                Arguments.of("ar",
                        List.of("مشاركة", "تم نسخ الرابط", "إعلان"),
                        List.of("اقرأ أيضاً: فيضانات تضرب شمال البلاد", "المقال التالي",
                                "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
                                "جميع الحقوق محفوظة")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furnitureInFiveLanguages")
    void removesFurnitureAtTopAndBottom(String language, List<String> top, List<String> bottom) {
        String paragraphs = "The first real paragraph of the article, long enough to be a sentence.\n\n"
                + "The second real paragraph, which closes the article.";
        String body = String.join("\n", top) + "\n\n" + paragraphs + "\n\n" + String.join("\n", bottom);

        CleanedText cleaned = CLEANER.clean("Headline " + language, body);

        assertThat(cleaned.text()).isEqualTo(paragraphs);
        assertThat(cleaned.title()).isEqualTo("Headline " + language);
        assertThat(cleaned.titleFromText()).isFalse();
    }

    @Test
    void removesFurnitureInTheOtherSupportedLanguages() {
        List<String> furniture = List.of(
                "اشتراک‌گذاری", "بیشتر بخوانید", "خبر بعدی",                 // Persian
                "شیئر کریں", "یہ بھی پڑھیں: ایک اور خبر", "اگلی خبر",         // Urdu
                "Paylaş", "Bağlantı kopyalandı", "Sonraki haber",             // Turkish
                "Поделиться", "Читайте также: другая новость", "Реклама",     // Russian
                "Compartilhar", "Leia também: outra notícia", "Próximo artigo", // Portuguese
                "Condividi", "Leggi anche: un'altra notizia", "Articolo successivo"); // Italian
        String body = "A real paragraph.\n\n" + String.join("\n\n", furniture) + "\n\nAnother real paragraph.";

        assertThat(CLEANER.clean("Title", body).text()).isEqualTo("A real paragraph.\n\nAnother real paragraph.");
    }

    @Test
    void removesShareBarsAndCreditsInTheMiddle() {
        String body = "First paragraph.\n\nShare on Facebook\nTweet\nEmail\n\nPhoto: Reuters\n\n"
                + "Read more: Another story entirely\n\nSecond paragraph.";

        assertThat(CLEANER.clean("Title", body).text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void removesAPageAsScrapersDeliverIt() {
        String page = String.join("\n", "Skip to content", "Share this article", "Copy link", "Facebook", "Twitter",
                "Click to share on WhatsApp (Opens in new window)", "",
                "Morocco arrests 12 in anti-terror raid", "",
                "Image source, Getty Images", "Image caption, Police in Rabat on Monday", "",
                "Moroccan police arrested 12 people on Monday in raids across four cities, officials said.", "",
                "Advertisement - Scroll to continue", "",
                "The suspects were planning attacks on public buildings, according to a statement.", "",
                "Related Topics", "Morocco", "Terrorism", "", "More on this story", "Morocco jails cell leader",
                "", "We use cookies to give you the best experience. By continuing to use our site, you agree to our use of cookies.",
                "Accept all", "© 2024 Example Media. All rights reserved.");

        CleanedText cleaned = CLEANER.clean(null, page);

        assertThat(cleaned.title()).isEqualTo("Morocco arrests 12 in anti-terror raid");
        assertThat(cleaned.text()).isEqualTo(
                "Moroccan police arrested 12 people on Monday in raids across four cities, officials said.\n\n"
                        + "The suspects were planning attacks on public buildings, according to a statement.");
    }

    @Test
    void removesTheLinkListThatEndsAnArabicPage() {
        String body = "الفقرة الأولى من المقال.\n\nالفقرة الثانية من المقال.\n\nمقالات ذات صلة\n"
                + "المغرب يفكك خلية إرهابية\nتقرير أمريكي يشيد بالتعاون الأمني";

        assertThat(CLEANER.clean("عنوان", body).text()).isEqualTo("الفقرة الأولى من المقال.\n\nالفقرة الثانية من المقال.");
    }

    @Test
    void keepsParagraphsAfterALinkHeadingInTheMiddle() {
        String body = "الفقرة الأولى من المقال.\n\nاقرأ أيضا\nالمغرب يفكك خلية إرهابية\n\n"
                + "الفقرة الثانية من المقال.\n\nالفقرة الأخيرة.";

        assertThat(CLEANER.clean("عنوان", body).text())
                .isEqualTo("الفقرة الأولى من المقال.\n\nالمغرب يفكك خلية إرهابية\n\nالفقرة الثانية من المقال.\n\nالفقرة الأخيرة.");
    }

    @Test
    void keepsRealSentencesThatMerelyContainFurnitureWords() {
        List<String> sentences = List.of(
                "Share prices fell 3% on Monday after the company said profits would drop.",
                "Shareholders will share the proceeds of the sale, the board said.",
                "Read more than the headline before you judge the report, the minister said.",
                "The next article of the constitution deals with the courts.",
                "Regulators said websites that use cookies must ask visitors for their consent.",
                "Les actionnaires ont décidé de partager les bénéfices.",
                "Advertisement revenue rose by a fifth during the quarter.",
                "Getty Images said on Monday it would cut 200 jobs.",
                "اشترك في الاجتماع وزراء الخارجية العرب.",
                "Subscribers to the service will pay five dollars more from March.");
        String body = String.join("\n\n", sentences);

        assertThat(CLEANER.clean("Title", body).text()).isEqualTo(body);
    }

    @Test
    void keepsRepeatedLinesOnce() {
        String body = "The minister arrived in Rabat on Monday.\n\nTalks lasted three hours.\n\n"
                + "The minister arrived in Rabat on Monday.\n\nTalks lasted three hours.\n\nA final paragraph.";

        assertThat(CLEANER.clean("Title", body).text())
                .isEqualTo("The minister arrived in Rabat on Monday.\n\nTalks lasted three hours.\n\nA final paragraph.");
    }

    @Test
    void keepsShortRepeatedLinesSuchAsAnswers() {
        String body = "Did the talks succeed?\nYes.\nWill they continue?\nYes.";

        assertThat(CLEANER.clean("Interview", body).text()).isEqualTo(body);
    }

    @Test
    void takesTheTitleFromTheFirstLineWhenTheScraperSentNone() {
        CleanedText cleaned = CLEANER.clean(null, "Share\n\n  Floods  hit the north  \n\nRain fell for three days.");

        assertThat(cleaned.title()).isEqualTo("Floods hit the north");
        assertThat(cleaned.titleFromText()).isTrue();
        assertThat(cleaned.text()).isEqualTo("Rain fell for three days.");
    }

    @Test
    void aBlankScraperTitleCountsAsNone() {
        CleanedText cleaned = CLEANER.clean("  \n ", "Floods hit the north\n\nRain fell for three days.");

        assertThat(cleaned.title()).isEqualTo("Floods hit the north");
        assertThat(cleaned.titleFromText()).isTrue();
    }

    @Test
    void aLongFirstLineIsTheLeadParagraphNotATitle() {
        String lead = "Rain fell for three days ".repeat(15).strip() + ".";

        CleanedText cleaned = CLEANER.clean(null, lead + "\n\nSecond paragraph.");

        assertThat(cleaned.title()).isEmpty();
        assertThat(cleaned.titleFromText()).isFalse();
        assertThat(cleaned.text()).isEqualTo(lead + "\n\nSecond paragraph.");
    }

    @Test
    void keepsTheScrapersTitleAndDropsTheFirstBodyLineThatRepeatsIt() {
        CleanedText cleaned = CLEANER.clean("  Floods hit\tthe north ", "Floods hit the north\n\nRain fell for three days.");

        assertThat(cleaned.title()).isEqualTo("Floods hit the north");
        assertThat(cleaned.titleFromText()).isFalse();
        assertThat(cleaned.text()).isEqualTo("Rain fell for three days.");
    }

    @Test
    void keepsTheFirstBodyLineWhenItDiffersFromTheScrapersTitle() {
        CleanedText cleaned = CLEANER.clean("Floods hit the north", "Rain fell for three days.\n\nRivers rose.");

        assertThat(cleaned.text()).isEqualTo("Rain fell for three days.\n\nRivers rose.");
    }

    @Test
    void composesDecomposedUnicode() {
        String decomposed = "Cafe\u0301 de\u0301ja\u0300 vu";

        CleanedText cleaned = CLEANER.clean(decomposed, decomposed + " in the text.");

        assertThat(cleaned.title()).isEqualTo("Café déjà vu");
        assertThat(cleaned.text()).isEqualTo("Café déjà vu in the text.");
    }

    @Test
    void keepsTheZeroWidthNonJoiner() {
        String persian = "می\u200Cخواهم کتاب\u200Cها را بخوانم.";

        CleanedText cleaned = CLEANER.clean("کتاب\u200Cها", persian);

        assertThat(cleaned.title()).isEqualTo("کتاب\u200Cها");
        assertThat(cleaned.text()).isEqualTo(persian);
    }

    @Test
    void handlesMissingTitleAndBody() {
        assertThat(CLEANER.clean(null, null)).isEqualTo(new CleanedText("", "", false));
        assertThat(CLEANER.clean("Only a title", null)).isEqualTo(new CleanedText("Only a title", "", false));
        assertThat(CLEANER.clean(null, "Share\nLink copied")).isEqualTo(new CleanedText("", "", false));
    }

    @Test
    void namesItsVersionAfterItsRules() {
        assertThat(CLEANER.version()).matches("article-cleaner-1/rules-[0-9a-f]{12}");
        assertThat(new ArticleCleaner().version()).isEqualTo(CLEANER.version());
    }
}
