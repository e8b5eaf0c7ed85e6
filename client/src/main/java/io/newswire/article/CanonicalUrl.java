package io.newswire.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, so the same article reached by different links gets the same id: scheme and
 * host lowercased (international hosts in their ASCII form), default port, user info and fragment dropped, tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) dropped, remaining query parameters sorted, dot
 * segments resolved, percent-encoding normalised (non-ASCII characters encoded as UTF-8, hex digits in capitals,
 * unreserved characters decoded).
 */
public final class CanonicalUrl {
    public static final int MAX_LENGTH = 2048;
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
            "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ref_src", "cmpid", "ocid", "ncid", "sr_share");
    /** Characters scrapers leave unescaped that java.net.URI refuses; escaped before parsing. */
    private static final boolean[] UNSAFE = new boolean[128];

    static {
        for (char c : " \"<>\\^`{|}".toCharArray()) {
            UNSAFE[c] = true;
        }
    }
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalUrl() {
    }

    /** The canonical form; throws {@link InvalidUrlException} naming the problem. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("is empty");
        }
        URI uri;
        try {
            uri = new URI(escapeUnsafe(url.trim()));
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("is not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidUrlException("must be an absolute http or https URL");
        }
        String host = host(uri);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.normalize().getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(normalizeEncoding(path));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        if (out.length() > MAX_LENGTH) {
            throw new InvalidUrlException("is longer than " + MAX_LENGTH + " characters");
        }
        return out.toString();
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            // java.net.URI leaves the host out when it has characters outside ASCII: take it from the authority.
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isBlank()) {
                throw new InvalidUrlException("has no host");
            }
            host = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = host.lastIndexOf(':');
            if (colon > 0 && host.indexOf(']') < colon) {
                host = host.substring(0, colon);
            }
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidUrlException("has an invalid host name: " + e.getMessage());
        }
        if (host.isEmpty() || !(host.contains(".") || host.startsWith("[") || host.equals("localhost"))) {
            throw new InvalidUrlException("has no valid host");
        }
        return host;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = normalizeEncoding(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? null : normalizeEncoding(pair.substring(eq + 1));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("utm_") || TRACKING.contains(lower)) {
                continue;
            }
            kept.add(new String[] {name, value});
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1] == null ? "" : p[1]));
        StringBuilder out = new StringBuilder();
        for (String[] p : kept) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(p[0]);
            if (p[1] != null) {
                out.append('=').append(p[1]);
            }
        }
        return out.toString();
    }

    /** Non-ASCII to UTF-8 percent escapes, escapes in capitals, escaped unreserved characters decoded. */
    static String normalizeEncoding(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int decoded = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    out.append('%').append(Character.toUpperCase(raw.charAt(i + 1)))
                            .append(Character.toUpperCase(raw.charAt(i + 2)));
                }
                i += 2;
            } else if (c > 0x7F) {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendEscaped(out, b & 0xFF);
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeUnsafe(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 128 && UNSAFE[c]) {
                if (out == null) {
                    out = new StringBuilder(url.length() + 16).append(url, 0, i);
                }
                appendEscaped(out, c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? url : out.toString();
    }

    private static void appendEscaped(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
