package io.newswire.ingest;

import io.newswire.article.RefusalReason;
import io.newswire.ingest.SubmissionParser.Format;
import io.newswire.ingest.SubmissionParser.Parsed;
import io.newswire.ingest.SubmissionParser.Submission;
import io.newswire.ingest.SubmissionParser.Unreadable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionParserTest {
    private final SubmissionParser parser = new SubmissionParser(1 << 20, 200, 5);

    private List<Submission> parse(String body, Format format) throws Exception {
        return parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
    }

    private List<Submission> parse(InputStream body, Format format) throws Exception {
        List<Submission> out = new ArrayList<>();
        parser.parse(body, format, out::add);
        return out;
    }

    @Test
    void oneObject() throws Exception {
        assertThat(parse("{\"title\":\"a\"}", Format.JSON)).singleElement()
                .isInstanceOfSatisfying(Parsed.class, p -> assertThat(p.article().draft().title()).isEqualTo("a"));
    }

    @Test
    void aSingleObjectTakesTheFastPathWhenPlainAndJacksonsOtherwise() throws Exception {
        assertThat(parse(" {\"body\":\"a\\nb\"}\n", Format.JSON)).singleElement()
                .isInstanceOfSatisfying(Parsed.class, p -> {
                    assertThat(p.article().encodedBody()).hasToString("a\nb");
                    assertThat(p.article().draft().body()).isNull();
                });
        assertThat(parse("{\"body\":\"a\\rb\"}", Format.JSON)).singleElement()
                .isInstanceOfSatisfying(Parsed.class, p -> {
                    assertThat(p.article().encodedBody()).isNull();
                    assertThat(p.article().draft().body()).isEqualTo("a\rb");
                });
        String large = "{\"body\":\"" + "x".repeat(300) + "\"}";
        assertThat(parse(large, Format.JSON)).singleElement().isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().reason()).isEqualTo(RefusalReason.RECORD_TOO_LARGE));
        assertThatThrownBy(() -> parse("{\"title\":\"a\"} {", Format.JSON))
                .isInstanceOf(SubmissionParser.MalformedBodyException.class);
    }

    @Test
    void anArrayWhoseNonObjectElementsAreRefusedOneByOne() throws Exception {
        List<Submission> records = parse("[{\"title\":\"a\"}, 42, {\"title\":\"b\"}, [1]]", Format.JSON);
        assertThat(records).extracting(Submission::index).containsExactly(0, 1, 2, 3);
        assertThat(records.get(0)).isInstanceOf(Parsed.class);
        assertThat(records.get(1)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().message()).contains("not a JSON object"));
        assertThat(records.get(2)).isInstanceOf(Parsed.class);
        assertThat(records.get(3)).isInstanceOf(Unreadable.class);
    }

    @Test
    void ndjsonSkipsBlankLinesAndKeepsGoingAfterABadLine() throws Exception {
        List<Submission> records = parse("{\"title\":\"a\"}\n\n{broken\r\n{\"title\":\"c\"}", Format.NDJSON);
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().reason()).isEqualTo(RefusalReason.INVALID_JSON));
        assertThat(records.get(2)).isInstanceOfSatisfying(Parsed.class, p -> assertThat(p.index()).isEqualTo(2));
    }

    @Test
    void anOversizedLineIsSkippedAsItStreamsByAndTheNextIsRead() throws Exception {
        String big = "{\"body\":\"" + "x".repeat(10_000) + "\"}";
        List<Submission> records = parse(big + "\n{\"title\":\"small\"}\n", Format.NDJSON);
        assertThat(records.get(0)).isInstanceOfSatisfying(Unreadable.class, u -> {
            assertThat(u.violation().reason()).isEqualTo(RefusalReason.RECORD_TOO_LARGE);
            assertThat(u.violation().message()).contains(Integer.toString(big.length()));
        });
        assertThat(records.get(1)).isInstanceOf(Parsed.class);
    }

    @Test
    void anOversizedArrayElementIsRefused() throws Exception {
        List<Submission> records = parse("[{\"body\":\"" + "x".repeat(500) + "\"},{\"title\":\"a\"}]", Format.JSON);
        assertThat(records.get(0)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().reason()).isEqualTo(RefusalReason.RECORD_TOO_LARGE));
        assertThat(records.get(1)).isInstanceOf(Parsed.class);
    }

    @Test
    void invalidUtf8IsNamed() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"title\":\"".getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        body.write("\"}\n{\"title\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));

        List<Submission> records = parse(new ByteArrayInputStream(body.toByteArray()), Format.NDJSON);

        assertThat(records.get(0)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().reason()).isEqualTo(RefusalReason.INVALID_UTF8));
        assertThat(records.get(1)).isInstanceOf(Parsed.class);
    }

    @Test
    void stopsReadingPastTheRecordCount() {
        String six = "{\"t\":1}\n".repeat(6);
        List<Submission> seen = new ArrayList<>();
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(six.getBytes()), Format.NDJSON, seen::add))
                .isInstanceOf(RequestTooLargeException.class)
                .hasMessageContaining("more than 5 records");
        assertThat(seen).hasSize(5);
    }

    @Test
    void brokenSyntaxEndsTheBodyAfterTheRecordsBeforeIt() {
        List<Submission> seen = new ArrayList<>();
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream("[{\"a\":1},{\"b\":".getBytes()), Format.JSON, seen::add))
                .isInstanceOf(SubmissionParser.MalformedBodyException.class);
        assertThat(seen).hasSize(1);
    }

    @Test
    void aSingleObjectWithMoreAfterItIsRefusedBeforeAnythingIsDelivered() {
        List<Submission> seen = new ArrayList<>();
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream("{\"title\":\"a\"}}{".getBytes()), Format.JSON,
                seen::add)).isInstanceOf(SubmissionParser.MalformedBodyException.class);
        assertThat(seen).as("nothing delivered, so nothing stored").isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsSuch() {
        byte[] overlongSlash = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] utf16 = "{\"title\":\"a\"}".getBytes(StandardCharsets.UTF_16LE);
        for (byte[] body : List.of(overlongSlash, utf16)) {
            List<Submission> seen = new ArrayList<>();
            assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(body), Format.JSON, seen::add))
                    .isInstanceOfSatisfying(SubmissionParser.MalformedBodyException.class,
                            e -> assertThat(e.violation().reason()).isEqualTo(RefusalReason.INVALID_UTF8));
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void refusesDuplicateKeysDeepNestingTrailingDataAndEmptyBodies() throws Exception {
        assertThat(parse("{\"title\":\"a\",\"title\":\"b\"}\n", Format.NDJSON)).singleElement()
                .isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.violation().message()).contains("Duplicate"));
        assertThat(parse("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}\n", Format.NDJSON)).singleElement()
                .isInstanceOf(Unreadable.class);
        assertThatThrownBy(() -> parse("{\"a\":1} {\"b\":2}", Format.JSON))
                .isInstanceOf(SubmissionParser.MalformedBodyException.class).hasMessageContaining("more after");
        assertThatThrownBy(() -> parse("", Format.JSON))
                .isInstanceOf(SubmissionParser.MalformedBodyException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("\"just a string\"", Format.JSON))
                .isInstanceOf(SubmissionParser.MalformedBodyException.class);
    }

    @Test
    void neverHoldsMoreThanALineOfAHugeNdjsonBody() throws Exception {
        // 50 MB of one line, produced on the fly: read without keeping it.
        InputStream endless = new InputStream() {
            private long remaining = 50L << 20;

            @Override
            public int read() {
                return remaining-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (remaining <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, remaining);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                remaining -= n;
                return n;
            }
        };
        List<Submission> records = parse(endless, Format.NDJSON);
        assertThat(records).singleElement().isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.violation().reason()).isEqualTo(RefusalReason.RECORD_TOO_LARGE));
    }

    @Test
    void ndjsonLinesReadTheSameWhateverPiecesTheBodyArrivesIn() throws Exception {
        // Lines lie inside the 64 KB read chunk or across its edges; either way each must read as it does alone.
        SubmissionParser lenient = new SubmissionParser(1 << 24, 2048, 100_000);
        java.util.Random random = new java.util.Random(7);
        List<String> lines = new ArrayList<>();
        String[] words = {"news", "أخبار", "été", "новости", "\\n", "\\u00e9", "\\\"", "新闻", "x"};
        for (int n = 0; n < 400; n++) {
            StringBuilder body = new StringBuilder();
            for (int length = random.nextInt(1500); body.length() < length; ) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            lines.add(switch (random.nextInt(8)) {
                case 0 -> "";
                case 1 -> " \t";
                case 2 -> "{broken " + body;
                case 3 -> "{\"title\":\"t" + n + "\",\"body\":\"" + body + "\"}\r";
                default -> "{\"title\":\"t" + n + "\",\"body\":\"" + body + "\"}";
            });
        }
        byte[] whole = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            List<Submission> alone = new ArrayList<>();
            lenient.parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Format.NDJSON, alone::add);
            alone.forEach(s -> expected.add(describe(s)));
        }
        assertThat(expected).hasSizeGreaterThan(250);
        assertThat(expected).anyMatch(d -> d.contains("RECORD_TOO_LARGE")).anyMatch(d -> d.contains("INVALID_JSON"));

        for (int pieces : new int[] {0, 1, 7, 3000}) {
            InputStream body = pieces == 0 ? new ByteArrayInputStream(whole) : new ByteArrayInputStream(whole) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 1 + random.nextInt(pieces)));
                }
            };
            List<String> read = new ArrayList<>();
            lenient.parse(body, Format.NDJSON, s -> read.add(describe(s).replaceFirst("^\\d+ ", "")));
            assertThat(read).as("read in pieces of up to %d bytes", pieces)
                    .containsExactlyElementsOf(expected.stream().map(d -> d.replaceFirst("^\\d+ ", "")).toList());
        }
    }

    private static String describe(Submission submission) {
        return switch (submission) {
            case Parsed p -> p.index() + " " + p.article().draft() + " " + p.article().encodedBody() + " " + p.bytes();
            case Unreadable u -> u.index() + " " + u.violation().reason() + " " + u.violation().message()
                    .replaceFirst("^line \\d+", "line");
        };
    }

    @Test
    void findsEachNewlineEightBytesAtATime() {
        java.util.Random random = new java.util.Random(11);
        byte[] candidates = {'\n', 0x0B, 0x09, (byte) 0x8A, (byte) 0x0A ^ 0x01, 'a', (byte) 0xFF, 0};
        for (int trial = 0; trial < 2000; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(6) == 0 ? candidates[random.nextInt(candidates.length)] : (byte) 'x';
            }
            for (int from = 0; from <= bytes.length; from++) {
                int expected = -1;
                for (int i = from; i < bytes.length && expected < 0; i++) {
                    expected = bytes[i] == '\n' ? i : -1;
                }
                assertThat(SubmissionParser.newline(bytes, from, bytes.length)).isEqualTo(expected);
            }
        }
    }

    @Test
    void parsesWithoutHoldingTheStream() throws IOException {
        assertThat(ArticlesEndpoint.format("application/json; charset=UTF-8")).isEqualTo(Format.JSON);
        assertThat(ArticlesEndpoint.format("application/x-ndjson")).isEqualTo(Format.NDJSON);
        assertThat(ArticlesEndpoint.format("application/json; charset=iso-8859-1")).isNull();
        assertThat(ArticlesEndpoint.format("text/plain")).isNull();
        assertThat(ArticlesEndpoint.format(null)).isNull();
    }
}
