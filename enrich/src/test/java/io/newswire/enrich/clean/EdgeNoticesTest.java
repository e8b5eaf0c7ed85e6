package io.newswire.enrich.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped edge notices, matched the cheap way, match exactly the lines each notice's own pattern matches. */
class EdgeNoticesTest {
    private static final List<EdgeNotices.Notice> NOTICES = shippedNotices();
    private static final EdgeNotices EDGE_NOTICES = new EdgeNotices(NOTICES);

    @Test
    void matchesWhatTheNoticesMatchOneByOne() {
        List<String> lines = new ArrayList<>(List.of(
                "We use cookies to improve your experience.", "This website uses cookies", "Accept all cookies",
                "© 2024 Reuters. All rights reserved.", "Copyright 2023 by Example Media", "(c) Example",
                "All Rights Reserved", "Text and photos: all rights reserved to the agency",
                "جميع الحقوق محفوظة © 2024", "© جميع الحقوق محفوظة لموقع العربية", "الحقوق محفوظة",
                "Bu sitede çerez kullanılmaktadır.", "Sitemizde çerezler kabul edilmektedir",
                "By continuing to browse the site you agree to our use of cookies.",
                "Subscribe now for unlimited access", "Il vous reste 80 % de cet article à lire",
                "Tous droits réservés", "Все права защищены", "Этот сайт использует файлы cookie",
                "The minister said the cookies were a gift.", "Rights groups said all was reserved for later.",
                "Reserved all rights, he said", "reserved rights all", "", "a",
                "The government reserved all rights to appeal, a spokesman said on Tuesday."));
        Random random = new Random(7);
        String[] words = {"all", "rights", "reserved", "cookies", "we", "use", "©", "copyright", "2024", "the",
                "site", "çerez", "kullan", "جميع", "الحقوق", "محفوظة", "subscribe", "now", "tous", "droits",
                "réservés", "by", "continuing", "you", "agree", "news", "said", "minister"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder line = new StringBuilder();
            int count = 1 + random.nextInt(14);
            for (int w = 0; w < count; w++) {
                line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            lines.add(line.toString());
            lines.add(line + " " + "x".repeat(random.nextInt(420)));
        }
        for (String line : lines) {
            String key = FurnitureKey.of(line);
            assertThat(EDGE_NOTICES.matches(line, key)).as(line).isEqualTo(oneByOne(line, key));
        }
    }

    @Test
    void aPhraseDoesNotMatchAcrossALineTerminatorAsDotWouldNot() {
        String key = "all rights reserved\u2028more";
        assertThat(EDGE_NOTICES.matches("short", key)).isEqualTo(oneByOne("short", key)).isFalse();
    }

    private static boolean oneByOne(String line, String key) {
        for (EdgeNotices.Notice notice : NOTICES) {
            if (line.length() <= notice.maxChars()
                    && Pattern.compile(notice.regex(), Pattern.UNICODE_CHARACTER_CLASS).matcher(key).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<EdgeNotices.Notice> shippedNotices() {
        try (InputStream in = FurnitureRules.class.getResourceAsStream("edge-notices.txt")) {
            List<EdgeNotices.Notice> notices = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(row -> {
                        String[] columns = row.split("\t", -1);
                        notices.add(new EdgeNotices.Notice(Integer.parseInt(columns[0].trim()),
                                FurnitureKey.foldArabic(columns[1].trim())));
                    });
            assertThat(notices).hasSizeGreaterThan(20);
            return notices;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
