package io.newswire.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://WWW.Example.COM/News/A  | https://www.example.com/News/A",
            "https://example.com:443/a        | https://example.com/a",
            "http://example.com:80/a          | http://example.com/a",
            "http://example.com:8080/a        | http://example.com:8080/a",
            "https://example.com              | https://example.com/",
            "https://example.com/a#comments   | https://example.com/a",
            "https://example.com/a?utm_source=x&utm_medium=y&id=3 | https://example.com/a?id=3",
            "https://example.com/a?b=2&a=1&fbclid=zz&gclid=q       | https://example.com/a?a=1&b=2",
            "https://example.com/a?utm_campaign=x                  | https://example.com/a",
            "https://example.com/x/../a/./b   | https://example.com/a/b",
            "https://example.com/%7euser/%2fx | https://example.com/~user/%2Fx",
            "https://user:secret@example.com/a | https://example.com/a",
            "https://example.com./a           | https://example.com/a",
            "https://example.com/a b^c        | https://example.com/a%20b%5Ec",
    })
    void normalises(String given, String canonical) {
        assertThat(CanonicalUrl.of(given)).isEqualTo(canonical);
    }

    @Test
    void encodesArabicPathsTheSameWhetherOrNotTheScraperDid() {
        String raw = "https://www.hespress.com/المغرب-123.html";
        String encoded = "https://www.hespress.com/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-123.html";
        assertThat(CanonicalUrl.of(raw)).isEqualTo(encoded);
        assertThat(CanonicalUrl.of(encoded.toLowerCase().replace("https://www.hespress.com", "https://WWW.hespress.com")))
                .isEqualTo(encoded);
    }

    @Test
    void internationalHostsTakeTheirAsciiForm() {
        assertThat(CanonicalUrl.of("https://مثال.إختبار/a")).startsWith("https://xn--");
    }

    @Test
    void sameArticleSameId() {
        assertThat(ArticleId.fromCanonicalUrl(CanonicalUrl.of("https://Example.com/a?utm_source=tw#top")))
                .isEqualTo(ArticleId.fromCanonicalUrl(CanonicalUrl.of("https://example.com:443/a")))
                .hasSize(32)
                .matches("[0-9a-f]{32}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ftp://example.com/a   | absolute http or https",
            "/news/a               | absolute http or https",
            "https:///a            | no host",
            "https://nohost/a      | no valid host",
            "not a url at all      | absolute http or https",
    })
    void refusesWhatIsNoArticleAddress(String given, String why) {
        assertThatThrownBy(() -> CanonicalUrl.of(given)).isInstanceOf(InvalidUrlException.class).hasMessageContaining(why);
    }
}
