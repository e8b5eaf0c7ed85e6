package io.newswire.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictUtf8InputStreamTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain ASCII", "français, español", "الخارجية الأمريكية", "中文新闻", "emoji 📰 and 𝄞",
            "\uD7FF\uE000\uFFFD", "\uDBFF\uDFFF"})
    void wellFormedTextPassesUnchanged(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes, 7)).isEqualTo(bytes);
        assertThat(readAll(bytes, 1)).as("read byte by byte, characters split across reads").isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "C0AF",       // overlong '/'
            "E08080",     // overlong three-byte NUL
            "F0808080",   // overlong four-byte
            "EDA080",     // a surrogate, encoded
            "F4908080",   // above U+10FFFF
            "F5808080",   // no such lead byte
            "FF",
            "80",         // a continuation with nothing before it
            "C328",       // a lead byte followed by ASCII
            "00",         // NUL: never in JSON text (UTF-16 bodies are full of them)
            "E282",       // the body ends inside a character
            "D8A7D8A7C0AF", // after a run of Arabic letters
            "D8A7D841",   // an Arabic lead byte followed by ASCII
            "D8A7D8"})    // the body ends inside an Arabic letter
    void malformedBytesAreRefused(String hex) {
        byte[] bytes = HexFormat.of().parseHex("7B22" + hex);
        assertThatThrownBy(() -> readAll(bytes, 64)).isInstanceOf(Utf8Check.InvalidUtf8Exception.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> readAll(bytes, 1)).isInstanceOf(Utf8Check.InvalidUtf8Exception.class);
    }

    private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
        try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes))) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
