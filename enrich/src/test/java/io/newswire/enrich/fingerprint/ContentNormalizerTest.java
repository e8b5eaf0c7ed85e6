package io.newswire.enrich.fingerprint;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass normalisation gives what collapsing, NFKC and collapsing again with lowercase give. */
class ContentNormalizerTest {

    @Test
    void isTheSameAsTheThreeStepDefinition() {
        List<String> texts = List.of("Plain text.", "  Leading\u00A0and\u2003odd\u3000spaces\n\nand lines  ",
                "مَدْرَسَةٌ كـــبيرة", "ﻋﻠﻰ اﻟﻤﺪى", "ﬁne ﬂour", "北京，上海（中国）", "se\u0301cheresse",
                "\u0627\u0653 \u0627\u0651\u064E", "Ünïcödé İSTANBUL ΣΟΦΊΑ", "a\u00A0\u0301b", "\uD801\uDC00 \uD83D\uDE00 x",
                "\uD800 lone \uDC00", "x\u2028\u0301", "", " ", "\u00BD \u2460 \u3392");
        for (String text : texts) {
            assertThat(ContentNormalizer.normalise(text)).as(text).isEqualTo(reference(text));
        }
        Random random = new Random(3);
        String alphabet = "aéZ \u00A0\n\tالمدرسةًٌّ\u0301\u064Bﬁ，１Ωσς\u200C\uD83D\uDE00İ\u2028";
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(16)];
            for (int k = 0; k < text.length; k++) {
                text[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String value = new String(text);
            assertThat(ContentNormalizer.normalise(value)).as(value).isEqualTo(reference(value));
        }
    }

    /** The definition: whitespace collapsed, NFKC, whitespace collapsed again and lowercased. */
    private static String reference(String text) {
        String compatible = Normalizer.normalize(collapse(text, false), Normalizer.Form.NFKC);
        return collapse(compatible, true);
    }

    private static String collapse(String text, boolean lowercase) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0
                    || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                    || c == 0x205F || c == 0x3000) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (lowercase && Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.appendCodePoint(Character.toLowerCase(Character.toCodePoint(c, text.charAt(++i))));
            } else {
                out.append(lowercase ? Character.toLowerCase(c) : c);
            }
        }
        return out.toString();
    }
}
