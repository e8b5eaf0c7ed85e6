package io.newswire.enrich.clean;

import io.newswire.enrich.VersionedResources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What page furniture looks like, from the tables beside this class: whole-line phrases ({@code furniture-phrases.txt}),
 * share bars ({@code share-bar-words.tsv}), lines led or ended by a furniture phrase ({@code furniture-leads.tsv}),
 * notices that are furniture only at the top or bottom of a text ({@code edge-notices.txt}) and the headings of the link
 * lists pages end with ({@code link-list-headings.txt}).
 *
 * <p>Conservative by construction: a phrase must be the whole line; a lead phrase must be followed by the expected
 * shape and applies only to short lines; a share bar must consist of share-bar words only.
 */
final class FurnitureRules {
    /** More words than this is a sentence, not a share bar. */
    private static final int MAX_SHARE_BAR_WORDS = 12;
    private static final int MAX_SHARE_BAR_CHARS = 160;

    private final Set<String> phrases;
    private final Set<String> linkListHeadings;
    private final Set<String> widgetWords;
    private final Set<String> connectorWords;
    /** Lead rules by the first char of their phrase (start) or the last (end), longest phrase first. */
    private final Map<Character, List<Lead>> byFirstChar;
    private final Map<Character, List<Lead>> byLastChar;
    private final EdgeNotices edgeNotices;
    private final int longestLead;
    private final String version;

    /** A phrase that makes a line furniture when the rest of the line matches {@code rest}. */
    private record Lead(String phrase, boolean atStart, int maxChars, Pattern rest) {
        boolean matches(String line, String key) {
            if (line.length() > maxChars) {
                return false;
            }
            if (atStart) {
                return key.startsWith(phrase) && rest.matcher(key).region(phrase.length(), key.length()).matches();
            }
            return key.endsWith(phrase) && rest.matcher(key).region(0, key.length() - phrase.length()).matches();
        }
    }

    private FurnitureRules(Set<String> phrases, Set<String> linkListHeadings, Set<String> widgetWords,
                           Set<String> connectorWords, List<Lead> leads, EdgeNotices edgeNotices, String version) {
        this.phrases = Set.copyOf(phrases);
        this.linkListHeadings = Set.copyOf(linkListHeadings);
        this.widgetWords = Set.copyOf(widgetWords);
        this.connectorWords = Set.copyOf(connectorWords);
        Map<Character, List<Lead>> first = new HashMap<>();
        Map<Character, List<Lead>> last = new HashMap<>();
        for (Lead lead : leads) {
            String phrase = lead.phrase();
            if (lead.atStart()) {
                first.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(lead);
            } else {
                last.computeIfAbsent(phrase.charAt(phrase.length() - 1), c -> new ArrayList<>()).add(lead);
            }
        }
        Comparator<Lead> longestFirst = Comparator.comparingInt((Lead lead) -> lead.phrase().length()).reversed();
        first.values().forEach(list -> list.sort(longestFirst));
        last.values().forEach(list -> list.sort(longestFirst));
        this.byFirstChar = Map.copyOf(first);
        this.byLastChar = Map.copyOf(last);
        this.edgeNotices = edgeNotices;
        this.longestLead = Math.max(MAX_SHARE_BAR_CHARS, leads.stream().mapToInt(Lead::maxChars).max().orElse(0));
        this.version = version;
    }

    static FurnitureRules load() {
        VersionedResources files = new VersionedResources(FurnitureRules.class, "Cleaner");
        Set<String> phrases = new HashSet<>();
        for (String line : rows(files, "furniture-phrases.txt")) {
            phrases.add(FurnitureKey.of(line));
        }
        Set<String> linkListHeadings = new HashSet<>();
        for (String line : rows(files, "link-list-headings.txt")) {
            linkListHeadings.add(FurnitureKey.of(line));
        }
        Set<String> widgets = new HashSet<>();
        Set<String> connectors = new HashSet<>();
        for (String row : rows(files, "share-bar-words.tsv")) {
            String[] columns = columns(row, 3, "share-bar-words.tsv");
            Set<String> target = switch (columns[0]) {
                case "widget" -> widgets;
                case "connector" -> connectors;
                default -> throw new IllegalArgumentException("share-bar-words.tsv: unknown role in " + row);
            };
            target.addAll(words(FurnitureKey.of(columns[2])));
        }
        List<Lead> leads = new ArrayList<>();
        for (String row : rows(files, "furniture-leads.tsv")) {
            String[] columns = columns(row, 4, "furniture-leads.tsv");
            boolean atStart = switch (columns[0]) {
                case "start" -> true;
                case "end" -> false;
                default -> throw new IllegalArgumentException("furniture-leads.tsv: unknown anchor in " + row);
            };
            Pattern rest = Pattern.compile(FurnitureKey.foldArabic(columns[3]), Pattern.UNICODE_CHARACTER_CLASS);
            for (String phrase : columns[2].split("\\|")) {
                String key = FurnitureKey.of(phrase);
                if (!key.isEmpty()) {
                    leads.add(new Lead(key, atStart, Integer.parseInt(columns[1]), rest));
                }
            }
        }
        List<EdgeNotices.Notice> edgeNotices = new ArrayList<>();
        for (String row : rows(files, "edge-notices.txt")) {
            String[] columns = columns(row, 2, "edge-notices.txt");
            edgeNotices.add(new EdgeNotices.Notice(Integer.parseInt(columns[0]), FurnitureKey.foldArabic(columns[1])));
        }
        String version = files.version("rules-");
        return new FurnitureRules(phrases, linkListHeadings, widgets, connectors, leads, new EdgeNotices(edgeNotices),
                version);
    }

    /**
     * Whether a (normalised) line is furniture: anywhere in the text for phrases, share bars and lead phrases; also
     * for notices when {@code atEdge}.
     */
    boolean isFurniture(KeyedLines lines, int index, boolean atEdge) {
        String line = lines.line(index);
        int limit = atEdge ? Math.max(longestLead, edgeNotices.longestLine()) : longestLead;
        if (line.isEmpty() || line.length() > limit) {
            return false;
        }
        String key = lines.key(index);
        if (key.isEmpty()) {
            return false;
        }
        if (phrases.contains(key) || isShareBar(key) || hasFurnitureLead(line, key)) {
            return true;
        }
        return atEdge && edgeNotices.matches(line, key);
    }

    /** Whether a line heads a list of links ("Related Topics", "مقالات ذات صلة"). */
    boolean isLinkListHeading(KeyedLines lines, int index) {
        return lines.line(index).length() <= MAX_SHARE_BAR_CHARS && linkListHeadings.contains(lines.key(index));
    }

    /** Identifies the rules, for provenance. */
    String version() {
        return version;
    }

    private boolean hasFurnitureLead(String line, String key) {
        for (Lead lead : byFirstChar.getOrDefault(key.charAt(0), List.of())) {
            if (lead.matches(line, key)) {
                return true;
            }
        }
        for (Lead lead : byLastChar.getOrDefault(key.charAt(key.length() - 1), List.of())) {
            if (lead.matches(line, key)) {
                return true;
            }
        }
        return false;
    }

    /** Every word a widget or connector word, at least one a widget: "Share", "Link copied", "Share on Facebook". */
    private boolean isShareBar(String key) {
        if (key.length() > MAX_SHARE_BAR_CHARS) {
            return false;
        }
        boolean widget = false;
        int words = 0;
        int i = 0;
        while (i < key.length()) {
            if (!isWordChar(key.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < key.length() && isWordChar(key.charAt(i))) {
                i++;
            }
            String word = key.substring(start, i);
            if (++words > MAX_SHARE_BAR_WORDS) {
                return false;
            }
            if (widgetWords.contains(word)) {
                widget = true;
            } else if (!connectorWords.contains(word)) {
                return false;
            }
        }
        return widget;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** Letters and combining marks; hyphens, the zero-width non-joiner and punctuation separate share-bar words. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String[] columns(String row, int count, String resource) {
        String[] columns = row.split("\t", -1);
        if (columns.length != count) {
            throw new IllegalArgumentException(resource + ": expected " + count + " columns in " + row);
        }
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columns[i].trim();
        }
        return columns;
    }

    /** The non-blank, non-comment lines of a resource beside this class. */
    private static List<String> rows(VersionedResources files, String resource) {
        return files.text(resource).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
