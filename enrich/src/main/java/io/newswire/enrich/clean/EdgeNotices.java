package io.newswire.enrich.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notices a page wraps around an article ({@code edge-notices.txt}: cookie consent, paywalls, copyright), each a
 * regular expression that a line's {@link FurnitureKey} must match whole, for lines up to a length.
 *
 * <p>Every line at the top and bottom of every article is checked against all of them, so they are matched the cheap
 * way: the notices for lines of the same length as one alternation (one matcher instead of one per notice), and a
 * notice that only asks for one of some phrases anywhere in the line ({@code .*(all rights reserved|...).*}) with
 * {@link String#indexOf(String)}, since the regex engine would try every phrase at every position of the line.
 */
final class EdgeNotices {
    /** {@code .*(phrase|phrase|...).*} with plain phrases (no metacharacters). */
    private static final Pattern PHRASE_ANYWHERE =
            Pattern.compile("\\.\\*\\(([^\\\\^$.|?*+()\\[\\]{}]+(?:\\|[^\\\\^$.|?*+()\\[\\]{}]+)*)\\)\\.\\*");

    /** One row of the table: lines of at most {@code maxChars} whose key matches {@code regex} whole. */
    record Notice(int maxChars, String regex) {
    }

    /**
     * The notices for lines of at most {@code maxChars}.
     *
     * @param anyOf   the notices that are not {@link #PHRASE_ANYWHERE}, as one alternation, or null
     * @param phrases the phrases of those that are
     */
    private record Group(int maxChars, Pattern anyOf, List<String> phrases) {
        boolean matches(String key) {
            return containsPhrase(key) || (anyOf != null && anyOf.matcher(key).matches());
        }

        /** What {@code .*(phrases).*} matches: the phrase anywhere, on a key that {@code .} can run over. */
        private boolean containsPhrase(String key) {
            if (phrases.isEmpty() || hasLineTerminator(key)) {
                return false;
            }
            for (String phrase : phrases) {
                if (key.contains(phrase)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Longest line limit first. */
    private final List<Group> groups;
    private final int longestLine;

    EdgeNotices(List<Notice> notices) {
        Map<Integer, List<String>> regexes = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, List<String>> phrases = new TreeMap<>(Comparator.reverseOrder());
        for (Notice notice : notices) {
            Pattern.compile(notice.regex(), Pattern.UNICODE_CHARACTER_CLASS); // each must stand as a pattern of its own
            regexes.computeIfAbsent(notice.maxChars(), n -> new ArrayList<>());
            phrases.computeIfAbsent(notice.maxChars(), n -> new ArrayList<>());
            Matcher anywhere = PHRASE_ANYWHERE.matcher(notice.regex());
            if (anywhere.matches()) {
                phrases.get(notice.maxChars()).addAll(List.of(anywhere.group(1).split("\\|")));
            } else {
                regexes.get(notice.maxChars()).add("(?:" + notice.regex() + ")");
            }
        }
        List<Group> groups = new ArrayList<>();
        regexes.forEach((maxChars, alternatives) -> groups.add(new Group(maxChars,
                alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives), Pattern.UNICODE_CHARACTER_CLASS),
                List.copyOf(phrases.get(maxChars)))));
        this.groups = List.copyOf(groups);
        this.longestLine = notices.stream().mapToInt(Notice::maxChars).max().orElse(0);
    }

    /** The longest line any notice applies to. */
    int longestLine() {
        return longestLine;
    }

    /** Whether the line (with its key) is one of the notices. */
    boolean matches(String line, String key) {
        for (Group group : groups) {
            if (line.length() > group.maxChars()) {
                return false;
            }
            if (group.matches(key)) {
                return true;
            }
        }
        return false;
    }

    /** The chars {@code .} does not match (without DOTALL). */
    private static boolean hasLineTerminator(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
