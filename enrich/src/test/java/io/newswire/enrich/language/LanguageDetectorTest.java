package io.newswire.enrich.language;

import io.newswire.testkit.SeedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {
    private static NgramLanguageDetector detector;

    @BeforeAll
    static void loadOnce() {
        detector = NgramLanguageDetector.newsDefault();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | Arab | أعلنت وزارة الصحة اليوم عن ارتفاع عدد الإصابات بفيروس كورونا في البلاد إلى أكثر من ألف حالة.
            fa | Arab | وزارت امور خارجه ایران روز دوشنبه اعلام کرد که مذاکرات هسته‌ای در هفته آینده از سر گرفته خواهد شد.
            ur | Arab | پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی جس میں ملکی معیشت پر بات ہوئی۔
            en | Latn | The central bank raised interest rates on Thursday for the third time this year, citing inflation.
            de | Latn | Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Klimaschutz beschlossen.
            fr | Latn | Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse.
            es | Latn | El presidente del Gobierno anunció este lunes un nuevo paquete de ayudas para las familias afectadas.
            it | Latn | Il presidente del Consiglio ha incontrato ieri i sindacati per discutere della riforma delle pensioni.
            pt | Latn | O governo brasileiro anunciou nesta segunda-feira um novo pacote de medidas para conter a inflação.
            nl | Latn | De regering heeft dinsdag nieuwe maatregelen aangekondigd om de woningnood aan te pakken.
            pl | Latn | Rząd przyjął we wtorek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych.
            sv | Latn | Regeringen presenterade på tisdagen ett nytt förslag om skärpta straff för gängkriminalitet.
            tr | Latn | Cumhurbaşkanı, salı günü yaptığı açıklamada reform paketinin yakında meclise sunulacağını söyledi.
            vi | Latn | Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành về tình hình phát triển kinh tế.
            id | Latn | Pemerintah Indonesia akan menaikkan harga bahan bakar minyak mulai pekan depan.
            ro | Latn | Guvernul a aprobat miercuri un nou pachet de măsuri pentru sprijinirea fermierilor afectați de secetă.
            cs | Latn | Vláda ve středu schválila nový zákon o podpoře obnovitelných zdrojů energie.
            hu | Latn | A kormány szerdán új intézkedéseket jelentett be az energiaárak csökkentése érdekében.
            ru | Cyrl | Президент России провёл во вторник совещание с членами правительства по вопросам экономики.
            uk | Cyrl | Президент України провів у вівторок нараду з членами уряду щодо відновлення енергетики.
            bg | Cyrl | Правителството прие в сряда нов закон за енергетиката, който ще влезе в сила догодина.
            sr | Cyrl | Влада Србије усвојила је у среду нови закон о енергетици.
            zh | Hans | 国家统计局今天发布数据显示，今年第一季度国内生产总值同比增长百分之五。
            zh | Hant | 國家統計局今天發布數據顯示，今年第一季國內生產總值按年增長百分之五。
            ja | Jpan | 日本政府は火曜日、新たな経済対策を発表した。
            ko | Kore | 정부는 화요일 새로운 경제 대책을 발표했다.
            el | Grek | Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών.
            he | Hebr | הממשלה אישרה היום תוכנית חדשה לצמצום יוקר המחיה.
            th | Thai | รัฐบาลประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจในวันนี้
            hi | Deva | प्रधानमंत्री ने मंगलवार को नई दिल्ली में एक उच्च स्तरीय बैठक की अध्यक्षता की।
            mr | Deva | मुख्यमंत्र्यांनी आज मुंबईत पत्रकार परिषद घेऊन नव्या योजनेची घोषणा केली.
            bn | Beng | প্রধানমন্ত্রী আজ ঢাকায় একটি গুরুত্বপূর্ণ বৈঠকে সভাপতিত্ব করেন।
            """)
    void namesTheLanguageAndScriptOfANewsSentence(String language, String script, String sentence) {
        DetectedLanguage detected = detector.detect("", sentence);

        assertThat(detected.code()).isEqualTo(language);
        assertThat(detected.script()).isEqualTo(script);
        assertThat(detected.confidence()).isGreaterThan(0.9);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | ارتفاع أسعار النفط
            ar | الرئيس يزور القاهرة
            ar | مقتل ثلاثة في انفجار ببغداد
            ar | هجوم على السفارة
            fa | افزایش قیمت نفت
            fa | انتخابات در تهران
            fa | حمله به سفارت
            fa | سفر رئیس‌جمهور به چین
            fa | انفجار در تهران
            ur | تیل کی قیمتوں میں اضافہ
            ur | وزیر اعظم کا دورہ چین
            ur | کراچی میں بارش
            ur | انتخابات کا اعلان
            """)
    void tellsArabicPersianAndUrduApartInShortTitles(String language, String title) {
        // Some of these have no letter only Persian or only Urdu writes ("حمله به سفارت"): the words decide.
        DetectedLanguage detected = detector.detect(title, "");

        assertThat(detected.code()).isEqualTo(language);
        assertThat(detected.script()).isEqualTo("Arab");
        assertThat(detected.alternatives()).allSatisfy(
                alternative -> assertThat(alternative.confidence()).isLessThan(detected.confidence()));
    }

    @Test
    void theSeedArticleIsArabicWithHighConfidence() {
        String article = SeedArticle.text();

        DetectedLanguage asBody = detector.detect("", article);
        DetectedLanguage withHeadline = detector.detect(
                "إستراتيجية ناجحة.. الخارجية الأمريكية تعترف بريادة المغرب في معركة مكافحة التطرف العنيف والخطاب الإرهابي",
                article);

        assertThat(asBody.code()).isEqualTo("ar");
        assertThat(asBody.script()).isEqualTo("Arab");
        assertThat(asBody.confidence()).isGreaterThan(0.95);
        assertThat(withHeadline.code()).isEqualTo("ar");
        assertThat(withHeadline.confidence()).isGreaterThan(0.95);
    }

    @Test
    void titleOnlyBodyOnlyAndBothAgree() {
        String title = "Merkel trifft Macron in Berlin";
        String body = "Die Bundeskanzlerin und der französische Präsident sprachen über die Zukunft der Europäischen Union.";

        assertThat(detector.detect(title, null).code()).isEqualTo("de");
        assertThat(detector.detect(null, body).code()).isEqualTo("de");
        assertThat(detector.detect(title, body).code()).isEqualTo("de");
    }

    @Test
    void englishBoilerplateAroundArabicTextDoesNotWin() {
        DetectedLanguage detected = detector.detect("جربنا لكم هاتفين.. \"Honor 9 Lite\" و\"Honor 7x\"",
                "Share • Link copied");

        assertThat(detected.code()).isEqualTo("ar");
    }

    @Test
    void linksAndHandlesAreNotLanguage() {
        DetectedLanguage detected = detector.detect("",
                "https://www.example.com/news/2024/05/article-title-in-english-words @newsdesk "
                        + "La policía detuvo a dos sospechosos tras el robo en el centro de Madrid.");

        assertThat(detected.code()).isEqualTo("es");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '   '
            'ab'
            'é 1'
            """)
    void emptyOrTooShortTextIsUndetermined(String text) {
        DetectedLanguage detected = detector.detect(text, "");

        assertThat(detected.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(detected.confidence()).isZero();
        assertThat(detected.alternatives()).isEmpty();
    }

    @Test
    void blankTextHasNoScriptAndNumbersOrPunctuationHaveTheCommonOne() {
        assertThat(detector.detect(null, null).script()).isNull();
        assertThat(detector.detect("", " \n ").script()).isNull();

        DetectedLanguage numbers = detector.detect("2024", "12 345,67 — 89% (2.5) +7");
        DetectedLanguage punctuation = detector.detect("!!!", "... ??? --- «» ///");

        assertThat(numbers.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(numbers.confidence()).isZero();
        assertThat(numbers.script()).isEqualTo("Zyyy");
        assertThat(punctuation.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(punctuation.script()).isEqualTo("Zyyy");
    }

    @Test
    void pashtoIsUndeterminedRatherThanPersian() {
        DetectedLanguage detected = detector.detect("",
                "د کابل ښار کې نن سهار یوه چاودنه وشوه او ډېر کسان ټپیان شول. "
                        + "د افغانستان د بهرنیو چارو وزارت ویلي چې له ګاونډیو هېوادونو سره به خبرې وشي.");

        assertThat(detected.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(detected.script()).isEqualTo("Arab");
    }

    @Test
    void aLanguageOfAnotherFamilyIsUndeterminedNotForcedOntoTheNearestConfiguredOne() {
        // Azerbaijani is in Lingua but not configured here; Turkish, its neighbour, is.
        NgramLanguageDetector turkic = NgramLanguageDetector.create(LanguageSet.of(List.of("tr", "en", "de")));

        DetectedLanguage detected = turkic.detect("", "Hükumət bu gün enerji haqqında yeni qanun layihəsini təsdiqləyib.");
        DetectedLanguage turkish = turkic.detect("", "Hükümet bugün enerji hakkında yeni bir kanun tasarısını onayladı.");

        assertThat(detected.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(turkish.code()).isEqualTo("tr");
    }

    @Test
    void aConfiguredSubsetAnswersOnlyItsLanguages() {
        NgramLanguageDetector arabicAndPersian = NgramLanguageDetector.create(LanguageSet.of(List.of("ar", "fa")));
        String urdu = "پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی۔";
        String spanish = "El presidente del Gobierno anunció este lunes un nuevo paquete de ayudas.";

        assertThat(arabicAndPersian.languages().codes()).containsExactlyInAnyOrder("ar", "fa");
        assertThat(arabicAndPersian.detect("", "ارتفاع أسعار النفط في الأسواق العالمية").code()).isEqualTo("ar");
        assertThat(arabicAndPersian.detect("", "افزایش قیمت نفت در بازارهای جهانی").code()).isEqualTo("fa");
        assertThat(arabicAndPersian.detect("", urdu).code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        DetectedLanguage latin = arabicAndPersian.detect("", spanish);
        assertThat(latin.code()).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(latin.script()).isEqualTo("Latn");
    }

    @Test
    void closeLanguagesComeBackAsAlternatives() {
        DetectedLanguage detected = detector.detect("Bank sentral menaikkan suku bunga", "");

        assertThat(detected.code()).isIn("id", "ms");
        assertThat(detected.alternatives()).extracting(DetectedLanguage.Candidate::code)
                .contains(detected.code().equals("id") ? "ms" : "id");
        double total = detected.confidence()
                + detected.alternatives().stream().mapToDouble(DetectedLanguage.Candidate::confidence).sum();
        assertThat(total).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void arabicPresentationFormsAndVowelSignsReadAsPlainLetters() {
        // "على المدى المتوسط" in the joined glyph forms old PDFs emit, and a fully vowelled sentence.
        DetectedLanguage glyphs = detector.detect("", "ﻋﻠﻰ اﻟﻤﺪى اﻟﻤﺘﻮﺳﻂ وﻧﻈﺮا ﻟﺘﺨﻔﻴﻒ تأثير أﺳﻌﺎر اﻟﻨﻔﻂ على الميزانية");
        DetectedLanguage vowelled = detector.detect("", "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ صَبَاحًا مَعَ أَصْدِقَائِهِ");

        assertThat(glyphs.code()).isEqualTo("ar");
        assertThat(vowelled.code()).isEqualTo("ar");
    }

    @Test
    void japaneseNeedsKanaAndIsUndeterminedWhenNotConfigured() {
        NgramLanguageDetector chineseOnly = NgramLanguageDetector.create(LanguageSet.of(List.of("zh", "en")));

        assertThat(chineseOnly.detect("日本政府は火曜日、新たな経済対策を発表した。", "").code())
                .isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(chineseOnly.detect("日本政府は火曜日、新たな経済対策を発表した。", "").script()).isEqualTo("Jpan");
        assertThat(chineseOnly.detect("国务院总理今天主持召开常务会议", "").code()).isEqualTo("zh");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> texts = List.of("The central bank raised interest rates on Thursday.",
                "Le gouvernement a annoncé mardi une série de mesures.", "ارتفاع أسعار النفط في الأسواق العالمية",
                "افزایش قیمت نفت در بازارهای جهانی", "تیل کی قیمتوں میں اضافہ ہو گیا ہے", "日本政府は新たな経済対策を発表した。");
        List<String> expected = texts.stream().map(text -> detector.detect("", text).code()).toList();
        assertThat(expected).containsExactly("en", "fr", "ar", "fa", "ur", "ja");

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                runs.add(pool.submit(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        codes.clear();
                        texts.forEach(text -> codes.add(detector.detect("", text).code()));
                    }
                    return List.copyOf(codes);
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void versionNamesTheModelAndTheLanguages() {
        assertThat(detector.version()).contains("Lingua 1.2.2").contains("ar,").contains("ur");
        assertThat(detector.languages().codes()).containsAll(Set.of("ar", "fa", "ur", "en", "zh", "ru"));
    }
}
