package io.newswire.enrich.clean;

import java.util.HashSet;
import java.util.Set;

/**
 * Cleans an article as scrapers deliver it: removes page furniture (share widgets, "read more" and "next article"
 * links, cookie and subscription notices, credits, in Arabic, English, French, Spanish, German, Persian, Urdu,
 * Turkish, Russian, Portuguese and Italian) and repeated lines, normalises Unicode (NFC) and whitespace, and takes the
 * title from the first line when the scraper sent none.
 *
 * <p>The cleaned text has one paragraph per block of lines, paragraphs separated by exactly one blank line, lines
 * trimmed and their runs of spaces collapsed; format characters such as the zero-width non-joiner stay. The input is
 * never changed: the raw record keeps the original.
 *
 * <p>Built once; immutable and thread-safe.
 */
public final class ArticleCleaner {
    /** A first line longer than this is the lead paragraph, not a headline: it stays in the text. */
    static final int MAX_TITLE_CHARS = 300;
    /** Shorter lines may repeat for good reasons ("Yes.", "—", "Q:"); longer repeated lines are kept once. */
    static final int MIN_REPEATED_LINE_CHARS = 8;
    /** The lines of a link list (headlines, topics) are no longer than this; paragraphs are. */
    static final int MAX_LINK_LINE_CHARS = 160;

    private final FurnitureRules rules;

    public ArticleCleaner() {
        this.rules = FurnitureRules.load();
    }

    /**
     * @param title the scraper's title, or null
     * @param body  the scraper's text, or null
     * @return the cleaned title (the scraper's; else the text's first line; else empty) and text (possibly empty)
     */
    public CleanedText clean(String title, String body) {
        KeyedLines lines = new KeyedLines(ArticleLines.of(body));
        boolean[] removed = furniture(lines);

        String cleanTitle = ArticleLines.singleLine(title);
        boolean titleFromText = false;
        int first = firstKept(lines, removed);
        if (cleanTitle.isEmpty()) {
            if (first < lines.size() && lines.line(first).length() <= MAX_TITLE_CHARS) {
                cleanTitle = lines.line(first);
                removed[first] = true;
                titleFromText = true;
            }
        } else if (first < lines.size() && lines.key(first).equals(FurnitureKey.of(cleanTitle))) {
            removed[first] = true;
        }

        removeRepeats(lines, removed, cleanTitle);
        return new CleanedText(cleanTitle, paragraphs(lines, removed), titleFromText);
    }

    /** The cleaner and its rules, for each enriched record's provenance. */
    public String version() {
        return "article-cleaner-1/" + rules.version();
    }

    /**
     * Marks furniture: phrases, share bars and lead phrases anywhere; notices (cookies, paywalls, copyright) only
     * while peeling the text's top and bottom, before the first and after the last line of the article proper; and the
     * link list a page may end with.
     */
    private boolean[] furniture(KeyedLines lines) {
        boolean[] removed = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            removed[i] = rules.isFurniture(lines, i, false);
        }
        for (int i = 0; i < lines.size() && (removed[i] || isEdgeFurniture(lines, i)); i++) {
            removed[i] = !lines.line(i).isEmpty();
        }
        for (int i = lines.size() - 1; i >= 0 && (removed[i] || isEdgeFurniture(lines, i)); i--) {
            removed[i] = !lines.line(i).isEmpty();
        }
        removeTrailingLinkList(lines, removed);
        return removed;
    }

    /**
     * "Related Topics" followed by "Morocco", "Terrorism": when a link-list heading is followed, to the end, only by
     * lines that look like links (short, not ending a sentence), the article is over; heading and list are furniture.
     */
    private void removeTrailingLinkList(KeyedLines lines, boolean[] removed) {
        int cut = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.line(i);
            if (rules.isLinkListHeading(lines, i)) {
                cut = i;
            } else if (!removed[i] && !line.isEmpty() && !looksLikeALink(line)) {
                break;
            }
        }
        if (cut < 0) {
            return;
        }
        for (int i = cut; i < lines.size(); i++) {
            removed[i] = !lines.line(i).isEmpty();
        }
    }

    /** Headlines and topics are short and do not end with a full stop; paragraphs do. */
    private static boolean looksLikeALink(String line) {
        if (line.length() > MAX_LINK_LINE_CHARS) {
            return false;
        }
        int end = line.length();
        while (end > 0 && isClosingQuote(line.charAt(end - 1))) {
            end--;
        }
        char last = end > 0 ? line.charAt(end - 1) : ' ';
        return last != '.' && last != '\u3002' && last != '\u06D4' && last != '\u2026';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
    }

    private boolean isEdgeFurniture(KeyedLines lines, int index) {
        return lines.line(index).isEmpty() || rules.isFurniture(lines, index, true);
    }

    /** Keeps the first of identical lines; the title counts as the first. */
    private static void removeRepeats(KeyedLines lines, boolean[] removed, String title) {
        Set<String> seen = new HashSet<>();
        seen.add(title);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.line(i);
            if (!removed[i] && line.length() >= MIN_REPEATED_LINE_CHARS && !seen.add(line)) {
                removed[i] = true;
            }
        }
    }

    private static int firstKept(KeyedLines lines, boolean[] removed) {
        int i = 0;
        while (i < lines.size() && (removed[i] || lines.line(i).isEmpty())) {
            i++;
        }
        return i;
    }

    /** Blocks of kept lines, separated by one blank line; a removed line does not split its block. */
    private static String paragraphs(KeyedLines lines, boolean[] removed) {
        int chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            chars += lines.line(i).length() + 2;
        }
        // Sized once: a builder grown line by line copies the text again and again.
        StringBuilder text = new StringBuilder(chars);
        boolean paragraphOpen = false;
        boolean breakPending = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.line(i);
            if (line.isEmpty()) {
                breakPending = paragraphOpen;
            } else if (!removed[i]) {
                if (breakPending) {
                    text.append("\n\n");
                    breakPending = false;
                } else if (paragraphOpen) {
                    text.append('\n');
                }
                text.append(line);
                paragraphOpen = true;
            }
        }
        return text.toString();
    }
}
