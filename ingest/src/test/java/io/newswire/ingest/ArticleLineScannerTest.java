package io.newswire.ingest;

import io.newswire.article.ArticleDraft;
import io.newswire.article.ArticleValidator;
import io.newswire.article.Submitter;
import io.newswire.article.TextSanitizer;
import io.newswire.article.Validation;
import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;
import io.newswire.testkit.SeedArticle;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path must read exactly what the Jackson path reads, or step aside. Generated records, plain and not,
 * go through both; wherever the fast path answers, the two drafts, and the Avro bytes of the two validated records,
 * must be the same.
 */
class ArticleLineScannerTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-29T10:00:00Z");
    private static final Submitter OPEN = Submitter.open(Arrival.newBuilder().setChannel(ArrivalChannel.HTTP)
            .setReceivedBy("test").build());

    private final ArticleLineScanner scanner = new ArticleLineScanner();
    private final SubmissionParser jackson = new SubmissionParser(1 << 20, 1 << 20, 10);
    private final ArticleValidator validator = new ArticleValidator();

    private ArticleLineScanner.Scanned fast(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return scanner.scan(bytes, 0, bytes.length);
    }

    @Test
    void readsAPlainRecordWithItsBodyAsTheBytesItCameIn() {
        ArticleLineScanner.Scanned read = fast("{\"url\":\"https://example.com/a\",\"id\":17,\"title\":\"Un \\\"titre\\\"\","
                + "\"body\":\"سطر أول\\nLigne deux\\tà \\u00e9t\\u00E9 😀\",\"authors\":[\"A\",\"B\"],\"sourceTags\":[],"
                + "\"attributes\":{\"k\":\"v\"},\"publishedAt\":\"2026-11-29T08:30:00+01:00\",\"html\":null}");
        assertThat(read).isNotNull();
        assertThat(read.draft().id()).isEqualTo("17");
        assertThat(read.draft().title()).isEqualTo("Un \"titre\"");
        assertThat(read.draft().body()).isNull();
        assertThat(read.body().toString()).isEqualTo("سطر أول\nLigne deux\tà été 😀");
        assertThat(read.body().length()).isEqualTo("سطر أول\nLigne deux\tà été 😀".length());
        assertThat(read.body().isBlank()).isFalse();
        assertThat(read.draft().authors()).containsExactly("A", "B");
        assertThat(read.draft().attributes()).containsEntry("k", "v");
        assertThat(read.draft().publishedAt()).isEqualTo(Instant.parse("2026-11-29T07:30:00Z"));
    }

    @Test
    void theReferenceArticleWithLineFeedsIsPlainAndWithCarriageReturnsIsNot() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String text = SeedArticle.text().replace("\r\n", "\n");
        assertThat(fast(json.writeValueAsString(java.util.Map.of("body", text))).body()).hasToString(text);
        assertThat(fast(json.writeValueAsString(java.util.Map.of("body", text.replace("\n", "\r\n"))))).isNull();
    }

    @Test
    void aBlankBodyIsKnownAsBlank() {
        assertThat(fast("{\"body\":\" \\n\\t\\u3000\"}").body().isBlank()).isTrue();
        assertThat(fast("{\"body\":\" \\u00a0\"}").body().isBlank()).isFalse(); // no-break space is not whitespace
    }

    @Test
    void leavesToJacksonWhatItDoesNotTake() {
        for (String line : List.of(
                "{\"body\":\"a\\rb\"}",                  // CR becomes LF: the sanitiser's work
                "{\"body\":\"a\\u0000b\"}",              // a control character
                "{\"body\":\"a\\ud83d\\ude00\"}",        // a surrogate pair as escapes
                "{\"body\":\"a\\ud800\"}",               // a lone surrogate
                "{\"body\":\"a\u0085b\"}",               // a C1 control, raw
                "{\"body\":\"a\u007fb\"}",               // DEL
                "{\"body\":\"a\uFFFEb\"}",               // a non-character
                "{\"body\":\"a\\x\"}",                   // not an escape
                "{\"titel\":\"a\"}",                     // an unknown field
                "{\"title\":\"a\",\"title\":\"b\"}",     // a repeated field
                "{\"title\":1}",                         // a wrong type
                "{\"id\":1.5}", "{\"id\":01}", "{\"id\":-}",
                "{\"authors\":[\"a\",null]}",
                "{\"attributes\":{\"n\":1}}",
                "{\"attributes\":{\"k\":\"a\",\"k\":\"b\"}}",
                "{\"publishedAt\":\"yesterday\"}",
                "{\"title\":\"a\"} x", "{\"title\":\"a\"", "{\"title\":\"a}", "[{\"title\":\"a\"}]", "",
                "{\"title\":\"a\",}", "\uFEFF{\"title\":\"a\"}")) {
            assertThat(fast(line)).as(line).isNull();
        }
        byte[] overlong = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] surrogate = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        byte[] cut = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xD8, '"', '}'};
        for (byte[] bytes : List.of(overlong, surrogate, cut)) {
            assertThat(scanner.scan(bytes, 0, bytes.length)).isNull();
        }
    }

    @Test
    void eightBytesAtATimeMissNothing() {
        String[] specials = {"\u007f", "\u0001", "\u001f", "\\n", "\\\"", "é", "\u0085", "\"", "~"};
        for (String special : specials) {
            for (int at = 0; at < 24; at++) {
                String body = "x".repeat(at) + special + "y".repeat(24 - at);
                ArticleLineScanner.Scanned read = fast("{\"body\":\"" + body + "\"}");
                switch (special) {
                    case "\\n" -> assertThat(read.body().toString()).isEqualTo("x".repeat(at) + "\n" + "y".repeat(24 - at));
                    case "\\\"" -> assertThat(read.body().toString()).isEqualTo("x".repeat(at) + "\"" + "y".repeat(24 - at));
                    case "é", "~" -> assertThat(read.body().toString()).isEqualTo(body);
                    default -> assertThat(read).as(special + " at " + at).isNull();
                }
            }
        }
    }

    @Test
    void eightBytesAtATimeMissNothingAmongTwoByteCharacters() {
        // Backgrounds of each parity, so that a special falls on every byte of a word and two-byte characters
        // straddle word edges; every special is checked against what it must give.
        List<byte[]> mustRefuse = bytes(new int[][] {{0x7F}, {0x01}, {0x1F}, {'"'}, {0xC2, 0x85}, {0xC0, 0xAF},
                {0xC1, 0xBF}, {0x80}, {0xBF}, {0xD8}, {0xD8, 0xC3, 0xA9}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBE}});
        List<byte[]> mustTake = bytes(new int[][] {{'\\', 'n'}, {'\\', '"'}, {0xC3, 0xA9}, {0xDF, 0xBF},
                {0xE2, 0x80, 0x8C}, {0xF0, 0x9F, 0x98, 0x80}, {'~'}});
        List<byte[]> mayTake = bytes(new int[][] {{0xC2, 0xA0}});
        int checked = 0;
        for (String background : List.of("é", "xé", "ей", "x")) {
            byte[] fill = background.repeat(40).getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at <= 24; at++) {
                for (List<byte[]> kind : List.of(mustRefuse, mustTake, mayTake)) {
                    for (byte[] special : kind) {
                        byte[] line = withBody(fill, at, special);
                        ArticleLineScanner.Scanned read = scanner.scan(line, 0, line.length);
                        String where = background + " / " + java.util.HexFormat.of().formatHex(special) + " at " + at;
                        if (kind == mustRefuse) {
                            assertThat(read).as(where).isNull();
                        } else if (kind == mustTake) {
                            assertThat(read).as(where).isNotNull();
                        }
                        if (read != null) {
                            String body = ((SubmissionParser.Parsed) jacksonPath(line)).article().draft().body();
                            assertThat(read.body().toString()).as(where).isEqualTo(body);
                            assertThat(read.body().length()).as(where).isEqualTo(body.length());
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 25 * 21);
    }

    private static List<byte[]> bytes(int[][] values) {
        List<byte[]> out = new ArrayList<>();
        for (int[] value : values) {
            byte[] b = new byte[value.length];
            for (int i = 0; i < value.length; i++) {
                b[i] = (byte) value[i];
            }
            out.add(b);
        }
        return out;
    }

    /** A record whose body is the first {@code at} bytes of {@code fill}, then {@code special}, then more fill. */
    private static byte[] withBody(byte[] fill, int at, byte[] special) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes("{\"body\":\"a ".getBytes(StandardCharsets.US_ASCII));
        int cut = Math.min(at, fill.length);
        while (cut > 0 && (fill[cut] & 0xC0) == 0x80) {
            cut--; // never split a character of the background
        }
        line.write(fill, 0, cut);
        line.writeBytes(special);
        line.write(fill, 0, 16);
        line.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return line.toByteArray();
    }

    @Test
    void agreesWithTheJacksonPathOnGeneratedRecords() throws Exception {
        SplittableRandom random = new SplittableRandom(20261129);
        int fastRead = 0;
        int leftToJackson = 0;
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] line = record(random);
            ArticleLineScanner.Scanned scanned = scanner.scan(line, 0, line.length);
            SubmissionParser.Submission slow = jacksonPath(line);
            if (scanned == null) {
                leftToJackson++;
                continue;
            }
            fastRead++;
            String text = new String(line, StandardCharsets.UTF_8);
            assertThat(slow).as(text).isInstanceOf(SubmissionParser.Parsed.class);
            ArticleJsonReader.Result expected = ((SubmissionParser.Parsed) slow).article();
            assertThat(expected.violations()).as(text).isEmpty();
            String body = expected.draft().body();
            if (body == null) {
                assertThat(scanned.body()).as(text).isNull();
            } else {
                assertThat(TextSanitizer.text(body)).as("the fast path took a body the sanitiser changes: " + text)
                        .isEqualTo(body);
                assertThat(scanned.body().toString()).as(text).isEqualTo(body);
                assertThat(scanned.body().length()).as(text).isEqualTo(body.length());
                assertThat(scanned.body().isBlank()).as(text).isEqualTo(body.isBlank());
            }
            assertThat(scanned.draft()).as(text).isEqualTo(withoutBody(expected.draft()));
            Validation validation = validator.validate(scanned.draft(), scanned.body(), OPEN, RECEIVED);
            assertThat(avro(validation)).as(text).isEqualTo(avro(validator.validate(expected.draft(), OPEN, RECEIVED)));
            if (validation instanceof Validation.Accepted) {
                accepted++;
            }
        }
        // Both paths must have been exercised, and many records written by both.
        assertThat(fastRead).isGreaterThan(7_000);
        assertThat(leftToJackson).isGreaterThan(1_000);
        assertThat(accepted).isGreaterThan(2_000);
    }

    @Test
    void anEncodedBodyReadsBackAsTheTextItHolds() throws Exception {
        ArticleLineScanner.Scanned scanned = fast("{\"source\":\"s\",\"url\":\"https://example.com/x\",\"body\":\"نص\\nwith \\\"quotes\\\"\"}");
        Validation validation = validator.validate(scanned.draft(), scanned.body(), OPEN, RECEIVED);
        RawArticle written = ((Validation.Accepted) validation).article();
        assertThat(written.getBody()).isEqualTo("نص\nwith \"quotes\"");
        byte[] bytes = avro(validation);
        RawArticle read = new SpecificDatumReader<>(RawArticle.class)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        assertThat(read.getBody()).isEqualTo("نص\nwith \"quotes\"");
        assertThat(read.getUrl()).isEqualTo("https://example.com/x");
    }

    private static ArticleDraft withoutBody(ArticleDraft d) {
        return new ArticleDraft(d.id(), d.source(), d.sourceArticleId(), d.url(), d.canonicalUrl(), d.title(), null,
                d.html(), d.authors(), d.section(), d.publishedAt(), d.fetchedAt(), d.languageHint(), d.sourceTags(),
                d.attributes());
    }

    /** The record read by Jackson alone: as the element of a JSON array, which the fast path never reads. */
    private SubmissionParser.Submission jacksonPath(byte[] line) {
        List<SubmissionParser.Submission> out = new ArrayList<>();
        byte[] array = new byte[line.length + 2];
        array[0] = '[';
        System.arraycopy(line, 0, array, 1, line.length);
        array[array.length - 1] = ']';
        try {
            jackson.parse(new ByteArrayInputStream(array), SubmissionParser.Format.JSON, out::add);
        } catch (IOException | SubmissionParser.MalformedBodyException | RuntimeException e) {
            return null;
        }
        return out.isEmpty() ? null : out.getFirst();
    }

    private static byte[] avro(Validation validation) throws IOException {
        if (!(validation instanceof Validation.Accepted accepted)) {
            return validation.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new SpecificDatumWriter<>(RawArticle.class).write(accepted.article(), encoder);
        encoder.flush();
        return out.toByteArray();
    }

    // Pieces of generated records: mostly plain, some not, a few broken.
    private static final String[] PLAIN = {"news", "أخبار المغرب", "خبر فوری", "Économie à Paris", "數據", "😀 emoji",
            " ", "", "a\\nb", "tab\\there", "q\\\"uote", "back\\\\slash", "sl\\/ash", "\\u00e9\\u0627\\u4e2d",
            "\\u2003", "\\u3000", "  lead and trail  ", "\\u00A0", "\u2028"};
    private static final String[] ODD = {"line\\r\\nend", "nul\\u0000", "\\ud83d\\ude00", "\\udc00", "del\u007f", "c1\u0085",
            "nonchar\uFFFF", "bad\\q", "x\\u001fy"};
    private static final String[] FIELDS = {"id", "source", "sourceArticleId", "url", "canonicalUrl", "title", "body",
            "html", "authors", "section", "publishedAt", "fetchedAt", "languageHint", "sourceTags", "attributes",
            "titel"};
    private static final String[] SPACE = {"", "", "", " ", "  ", "\t", "\r"};

    private static byte[] record(SplittableRandom random) {
        StringBuilder out = new StringBuilder().append(space(random)).append('{');
        boolean identified = random.nextInt(10) < 7;
        if (identified) {
            out.append("\"source\":\"s").append(random.nextInt(3)).append("\",\"url\":\"https://example.com/")
                    .append(random.nextInt(1000)).append('"');
            if (random.nextInt(10) < 8) {
                out.append(",\"body\":").append(string(random));
            }
        }
        int fields = random.nextInt(7);
        for (int f = 0; f < fields; f++) {
            if (f > 0 || identified) {
                out.append(space(random)).append(',');
            }
            String field = random.nextInt(40) == 0 ? FIELDS[random.nextInt(FIELDS.length)]
                    : FIELDS[random.nextInt(FIELDS.length - 1)];
            out.append(space(random)).append('"').append(field).append('"').append(space(random)).append(':')
                    .append(space(random)).append(value(field, random));
        }
        out.append(space(random)).append('}').append(space(random));
        if (random.nextInt(100) == 0) {
            out.append(random.nextBoolean() ? "x" : ",");
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(50) == 0 && bytes.length > 4) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // broken UTF-8, somewhere
        }
        return bytes;
    }

    private static String value(String field, SplittableRandom random) {
        if (random.nextInt(20) == 0) {
            return switch (random.nextInt(4)) {
                case 0 -> "null";
                case 1 -> Integer.toString(random.nextInt(2000) - 1000);
                case 2 -> "1.5";
                default -> "true";
            };
        }
        return switch (field) {
            case "authors", "sourceTags" -> {
                StringBuilder list = new StringBuilder("[");
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    list.append(i > 0 ? "," : "").append(space(random)).append(string(random));
                }
                yield list.append(space(random)).append(']').toString();
            }
            case "attributes" -> random.nextInt(10) == 0 ? "{\"k\":\"a\",\"k\":\"b\"}"
                    : "{" + space(random) + "\"k\"" + space(random) + ":" + string(random) + "}";
            case "publishedAt", "fetchedAt" -> random.nextInt(10) == 0 ? "\"soon\"" : time(random);
            case "url", "canonicalUrl" -> random.nextInt(10) == 0 ? string(random)
                    : "\"HTTPS://Example.com:443/a/" + random.nextInt(100) + "?utm_source=x&b=1#top\"";
            case "languageHint" -> random.nextInt(10) == 0 ? string(random)
                    : "\"" + List.of("ar", "en-GB", "fa", "ZH-Hant").get(random.nextInt(4)) + "\"";
            case "id", "sourceArticleId" -> random.nextBoolean() ? Long.toString(random.nextLong(1L << 40))
                    : "\"id-" + random.nextInt(1000) + "\"";
            default -> string(random);
        };
    }

    private static String string(SplittableRandom random) {
        StringBuilder text = new StringBuilder("\"");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            text.append(random.nextInt(15) == 0 ? ODD[random.nextInt(ODD.length)] : PLAIN[random.nextInt(PLAIN.length)]);
        }
        return text.append('"').toString();
    }

    /** Mostly well-formed times, UTC or not, and some with a field out of range or a form the formatter reads. */
    private static String time(SplittableRandom random) {
        boolean odd = random.nextInt(4) == 0;
        String date = odd ? String.format("%04d-%02d-%02d", random.nextInt(2100), random.nextInt(14), random.nextInt(33))
                : "2026-11-2" + random.nextInt(10);
        String clock = odd ? String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62))
                : "08:30:00";
        String separator = random.nextInt(20) == 0 ? "t" : "T";
        String fraction = random.nextInt(10) == 0 ? ".125" : "";
        String offset = List.of("Z", "Z", "Z", "+02:00", "z", "-00:00").get(random.nextInt(6));
        return "\"" + (random.nextInt(10) == 0 ? " " : "") + date + separator + clock + fraction + offset + "\"";
    }

    private static String space(SplittableRandom random) {
        return SPACE[random.nextInt(SPACE.length)];
    }
}
