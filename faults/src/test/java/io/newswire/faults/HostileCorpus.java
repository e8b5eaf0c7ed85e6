package io.newswire.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * A generated corpus of requests no honest client sends to {@code POST /v1/articles}: malformed, truncated,
 * mis-encoded, deeply nested, invalid, oversized and compressed-bomb bodies, and broken HTTP. Seeded, so a failure
 * can be replayed; shuffled, so the kinds interleave. Each request is the exact bytes sent on the wire.
 */
final class HostileCorpus {
    /** One request: its kind, a variant name within the kind, and its bytes (headers and body). */
    record Request(String kind, String variant, byte[] bytes, boolean halfClose) {
    }

    private static final int MAX_REQUEST_BYTES = 16 << 20;
    private final Random random;
    private final String authorization;
    private final byte[] spacesBomb = gzip(spaces(64 << 20));
    private final byte[] bracketsBomb = gzip(repeat((byte) '[', 32 << 20));
    private int sequence;
    // The large requests are built once and sent many times: the corpus must not need gigabytes of its own.
    private byte[] overLimitChunked;
    private String overSizeRecord;

    HostileCorpus(long seed, String authorization) {
        this.random = new Random(seed);
        this.authorization = authorization;
    }

    /** At least {@code minimum} requests, every kind represented in proportion, in a random order. */
    List<Request> generate(int minimum) {
        List<Request> requests = new ArrayList<>();
        while (requests.size() < minimum) {
            add(requests, 25, this::malformedJson);
            add(requests, 15, this::truncated);
            add(requests, 15, this::misEncoded);
            add(requests, 10, this::deeplyNested);
            add(requests, 15, this::invalidArticle);
            add(requests, 5, this::oversized);
            add(requests, 5, this::compressedBomb);
            add(requests, 10, this::brokenHttp);
        }
        Collections.shuffle(requests, random);
        return requests;
    }

    private static void add(List<Request> requests, int count, Supplier<Request> generator) {
        for (int i = 0; i < count; i++) {
            requests.add(generator.get());
        }
    }

    private String validArticle() {
        int n = sequence++;
        return "{\"source\": \"hostile\", \"url\": \"https://hostile.example/" + n + "\", \"title\": \"Hostile " + n
                + "\", \"body\": \"A body that would be fine on its own, number " + n + ".\"}";
    }

    private Request malformedJson() {
        String valid = validArticle();
        String[] variants = {"no closing brace", "a quote removed", "equals for colon", "trailing comma",
                "single quotes", "unquoted key", "two objects", "garbage before", "raw control character", "NaN",
                "comment", "duplicate key", "bare word"};
        int v = random.nextInt(variants.length);
        String body = switch (v) {
            case 0 -> valid.substring(0, valid.length() - 1);
            case 1 -> removeNth(valid, '"', random.nextInt(count(valid, '"')));
            case 2 -> valid.replaceFirst("\": ", "\"= ");
            case 3 -> valid.substring(0, valid.length() - 1) + ",}";
            case 4 -> valid.replace('"', '\'');
            case 5 -> valid.replaceFirst("\"source\"", "source");
            case 6 -> valid + "}{";
            case 7 -> "xyz" + valid;
            case 8 -> valid.replace("Hostile", "Host\u0001ile");
            case 9 -> valid.replaceFirst("\"Hostile [0-9]+\"", "NaN");
            case 10 -> valid.replaceFirst("\\{", "{/* comment */");
            case 11 -> valid.replaceFirst("\\{", "{\"title\": \"first\", ");
            default -> "article";
        };
        return post("malformed JSON", variants[v], "application/json", null, utf8(body));
    }

    private Request truncated() {
        byte[] valid = utf8(validArticle());
        int cut = 1 + random.nextInt(valid.length - 1);
        byte[] prefix = Arrays.copyOf(valid, cut);
        if (random.nextBoolean()) {
            return post("truncated", "cut at a random byte", "application/json", null, prefix);
        }
        // Content-Length promises the whole article; the client sends part of it and stops writing.
        byte[] head = headers("POST", "/v1/articles", "application/json", null, Integer.toString(valid.length));
        return new Request("truncated", "connection half-closed mid-body", concat(head, prefix), true);
    }

    private Request misEncoded() {
        String valid = validArticle();
        // A lone surrogate escape (\uD800) is not here: it is valid JSON that ingest cleans (to U+FFFD), as it cleans
        // control characters, rather than refusing a scraped article for one broken character.
        String[] variants = {"invalid UTF-8 sequence", "0xFF byte", "overlong encoding", "UTF-16 body",
                "truncated character", "NUL byte", "Latin-1 charset", "encoded surrogate"};
        int v = random.nextInt(variants.length);
        byte[] body;
        String contentType = "application/json";
        switch (v) {
            case 0 -> body = splice(valid, "Hostile", new byte[] {(byte) 0xC3, 0x28});
            case 1 -> body = splice(valid, "Hostile", new byte[] {(byte) 0xFF});
            case 2 -> body = splice(valid, "Hostile", new byte[] {(byte) 0xC0, (byte) 0xAF});
            case 3 -> body = valid.getBytes(StandardCharsets.UTF_16LE);
            case 4 -> body = Arrays.copyOf(utf8(valid.replace("\"}", "\u0645\"}")), valid.length() - 1);
            case 5 -> body = splice(valid, "Hostile", new byte[] {0});
            case 7 -> body = splice(valid, "Hostile", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            default -> {
                body = valid.replace("Hostile", "Hostilé").getBytes(StandardCharsets.ISO_8859_1);
                contentType = "application/json; charset=ISO-8859-1";
            }
        }
        return post("mis-encoded", variants[v], contentType, null, body);
    }

    private Request deeplyNested() {
        int[] depths = {64, 1_000, 10_000, 100_000};
        int depth = depths[random.nextInt(depths.length)];
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        StringBuilder nested = new StringBuilder(open.repeat(depth)).append("1").append(close.repeat(depth));
        String body = random.nextBoolean()
                ? nested.toString()
                : validArticle().replaceFirst("\\{", "{\"attributes\": " + nested + ", ");
        return post("deeply nested", (arrays ? "arrays " : "objects ") + depth + " deep", "application/json", null,
                utf8(body));
    }

    private Request invalidArticle() {
        String valid = validArticle();
        String[] variants = {"no URL or id", "source not a slug", "url not a URL", "javascript URL", "title a number",
                "body an array", "unknown field", "time not a time", "empty object", "null", "a string", "a number",
                "empty array", "no title and no body", "record over the size limit"};
        int v = random.nextInt(variants.length);
        String body = switch (v) {
            case 0 -> valid.replaceFirst("\"url\": \"[^\"]*\", ", "");
            case 1 -> valid.replace("\"hostile\"", "\"Hostile Source!\"");
            case 2 -> valid.replaceFirst("https://hostile.example/", "not a url ");
            case 3 -> valid.replaceFirst("https://hostile.example/", "javascript:alert(");
            case 4 -> valid.replaceFirst("\"Hostile [0-9]+\"", "12345");
            case 5 -> valid.replaceFirst("\"body\": \"[^\"]*\"", "\"body\": [1, 2]");
            case 6 -> valid.replaceFirst("\\{", "{\"sneaky\": true, ");
            case 7 -> valid.replaceFirst("\\{", "{\"publishedAt\": \"yesterday\", ");
            case 8 -> "{}";
            case 9 -> "null";
            case 10 -> "\"an article\"";
            case 11 -> "42";
            case 12 -> "[]";
            case 13 -> "{\"source\": \"hostile\", \"url\": \"https://hostile.example/x" + sequence++ + "\"}";
            default -> overSizeRecord();
        };
        return post("invalid article", variants[v], "application/json", null, utf8(body));
    }

    private Request oversized() {
        if (random.nextInt(10) == 0) {
            // Really sent, without a Content-Length: ingest must stop reading at its limit.
            if (overLimitChunked == null) {
                byte[] body = utf8(validArticle().replaceFirst("\"body\": \"",
                        "\"body\": \"" + "y".repeat(MAX_REQUEST_BYTES + 1024)));
                overLimitChunked = concat(chunkedHeaders("application/json", null), chunked(body));
            }
            return new Request("oversized", "chunked body over the request limit", overLimitChunked, false);
        }
        byte[] head = headers("POST", "/v1/articles", "application/json", null, Integer.toString(MAX_REQUEST_BYTES * 2));
        return new Request("oversized", "Content-Length over the request limit", concat(head, utf8(validArticle())), true);
    }

    private String overSizeRecord() {
        if (overSizeRecord == null) {
            overSizeRecord = validArticle().replaceFirst("\"body\": \"", "\"body\": \"" + "x".repeat((1 << 20) + 10));
        }
        return overSizeRecord;
    }

    private Request compressedBomb() {
        String[] variants = {"64 MB of spaces in 64 KB of gzip", "32 MB of brackets in gzip", "gzip header, plain body",
                "gzip cut short", "gzip inside gzip"};
        int v = random.nextInt(variants.length);
        byte[] body = switch (v) {
            case 0 -> spacesBomb;
            case 1 -> bracketsBomb;
            case 2 -> utf8(validArticle());
            case 3 -> Arrays.copyOf(gzip(utf8(validArticle())), 20);
            default -> gzip(gzip(utf8(validArticle())));
        };
        return post("compressed bomb", variants[v], "application/json", "gzip", body);
    }

    private Request brokenHttp() {
        String[] variants = {"PUT", "GET with a body", "unknown path", "no Content-Type", "text/plain",
                "Content-Encoding br", "Content-Length not a number", "Content-Length and chunked", "20 KB header",
                "request line garbage", "bad chunk size", "negative Content-Length"};
        int v = random.nextInt(variants.length);
        byte[] article = utf8(validArticle());
        byte[] request = switch (v) {
            case 0 -> concat(headers("PUT", "/v1/articles", "application/json", null, Integer.toString(article.length)), article);
            case 1 -> concat(headers("GET", "/v1/articles", "application/json", null, Integer.toString(article.length)), article);
            case 2 -> concat(headers("POST", "/v1/nothing-here", "application/json", null, Integer.toString(article.length)), article);
            case 3 -> concat(headers("POST", "/v1/articles", null, null, Integer.toString(article.length)), article);
            case 4 -> concat(headers("POST", "/v1/articles", "text/plain", null, Integer.toString(article.length)), article);
            case 5 -> concat(headers("POST", "/v1/articles", "application/json", "br", Integer.toString(article.length)), article);
            case 6 -> concat(headers("POST", "/v1/articles", "application/json", null, "lots"), article);
            case 7 -> concat(utf8(new String(headers("POST", "/v1/articles", "application/json", null,
                    Integer.toString(article.length)), StandardCharsets.ISO_8859_1)
                    .replace("\r\n\r\n", "\r\nTransfer-Encoding: chunked\r\n\r\n")), chunked(article));
            case 8 -> concat(utf8(new String(headers("POST", "/v1/articles", "application/json", null,
                    Integer.toString(article.length)), StandardCharsets.ISO_8859_1)
                    .replace("\r\n\r\n", "\r\nX-Padding: " + "p".repeat(20_000) + "\r\n\r\n")), article);
            case 9 -> utf8("HELLO THERE /v1/articles\r\n\r\n");
            case 10 -> concat(chunkedHeaders("application/json", null), utf8("zz\r\n" + validArticle() + "\r\n0\r\n\r\n"));
            default -> concat(headers("POST", "/v1/articles", "application/json", null, "-5"), article);
        };
        return new Request("broken HTTP", variants[v], request, false);
    }

    private Request post(String kind, String variant, String contentType, String contentEncoding, byte[] body) {
        return new Request(kind, variant,
                concat(headers("POST", "/v1/articles", contentType, contentEncoding, Integer.toString(body.length)), body),
                false);
    }

    private byte[] headers(String method, String path, String contentType, String contentEncoding, String contentLength) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (contentEncoding != null) {
            head.append("Content-Encoding: ").append(contentEncoding).append("\r\n");
        }
        head.append("Content-Length: ").append(contentLength).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] chunkedHeaders(String contentType, String contentEncoding) {
        String head = new String(headers("POST", "/v1/articles", contentType, contentEncoding, "0"),
                StandardCharsets.ISO_8859_1).replace("Content-Length: 0\r\n", "Transfer-Encoding: chunked\r\n");
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        for (int offset = 0; offset < body.length; offset += 65_536) {
            int length = Math.min(65_536, body.length - offset);
            out.writeBytes(utf8(Integer.toHexString(length) + "\r\n"));
            out.write(body, offset, length);
            out.writeBytes(utf8("\r\n"));
        }
        out.writeBytes(utf8("0\r\n\r\n"));
        return out.toByteArray();
    }

    private static byte[] splice(String text, String marker, byte[] inserted) {
        int at = text.indexOf(marker) + marker.length();
        return concat(utf8(text.substring(0, at)), inserted, utf8(text.substring(at)));
    }

    private static String removeNth(String text, char c, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(c, at + 1);
        }
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] spaces(int length) {
        return repeat((byte) ' ', length);
    }

    private static byte[] repeat(byte b, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, b);
        return bytes;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
