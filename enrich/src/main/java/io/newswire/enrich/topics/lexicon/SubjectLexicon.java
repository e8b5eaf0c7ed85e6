package io.newswire.enrich.topics.lexicon;

import io.newswire.enrich.VersionedResources;
import io.newswire.enrich.topics.IptcMediaTopic;
import io.newswire.enrich.topics.SubjectAssignment;
import io.newswire.enrich.topics.TopicMethod;
import io.newswire.enrich.topics.text.TopicText;
import io.newswire.enrich.topics.text.TopicTextNormalizer;
import io.newswire.enrich.topics.text.TopicTokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written multilingual subject lexicons: subjects the training data has no label for (terrorism, elections,
 * religion...), recognised from keywords and phrases in each language, each subject mapped to IPTC Media Topics.
 *
 * <p>Resources under {@value #ROOT}: {@code subjects.tsv} declares the subjects, {@code languages.txt} lists the
 * languages, and {@code <language>.txt} holds that language's terms in sections headed {@code [subject]}: one term a
 * line, words separated by spaces, a trailing '*' on a word for a stem, a trailing '!' on the line for an unambiguous
 * term and '~' for a weak one. Terms are normalised like the text, so they are written in ordinary spelling. Arabic
 * terms are written without proclitics (و ف ب ل ك ال), which matching strips from the text's words.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubjectLexicon {
    public static final String ROOT = "/io/newswire/enrich/topics/lexicon/";
    /** Subjects scoring less than this are not reported. */
    public static final double MIN_SCORE = 0.3;

    private final List<Subject> subjects;
    private final Map<String, LanguageLexicon> byLanguage;
    private final String version;

    private SubjectLexicon(List<Subject> subjects, Map<String, LanguageLexicon> byLanguage, String version) {
        this.subjects = List.copyOf(subjects);
        this.byLanguage = byLanguage;
        this.version = version;
    }

    public static SubjectLexicon fromClasspath() {
        VersionedResources files = new VersionedResources(SubjectLexicon.class, "Lexicon");
        String subjectsTable = files.text(ROOT + "subjects.tsv");
        List<Subject> subjects = parseSubjects(subjectsTable);
        Map<String, Integer> subjectIndex = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            subjectIndex.put(subjects.get(i).slug(), i);
        }
        Map<String, LanguageLexicon> byLanguage = new LinkedHashMap<>();
        for (String language : lines(files.text(ROOT + "languages.txt"))) {
            String file = language + ".txt";
            byLanguage.put(language, new LanguageLexicon(language,
                    parseTerms(file, files.text(ROOT + file), subjectIndex)));
        }
        String version = files.version("");
        return new SubjectLexicon(subjects, byLanguage, version);
    }

    /** A short hash of all lexicon files, recorded with each tagging. */
    public String version() {
        return version;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public int termCount(String language) {
        LanguageLexicon lexicon = byLanguage.get(language);
        return lexicon == null ? 0 : lexicon.size();
    }

    /**
     * The subjects with clear evidence in the text, best first. A language without a lexicon of its own (or "und")
     * is read with all of them: a term of one language rarely means something else in another, and the evidence
     * threshold asks for several hits.
     */
    public List<SubjectAssignment> match(TopicText text, String language) {
        SubjectEvidence evidence = new SubjectEvidence();
        LanguageLexicon own = byLanguage.get(language);
        if (own != null) {
            own.match(text, evidence);
        } else {
            byLanguage.values().forEach(lexicon -> lexicon.match(text, evidence));
        }
        List<SubjectAssignment> found = new ArrayList<>();
        for (int s : evidence.hits().keySet()) {
            double score = evidence.score(s, text.size());
            if (score >= MIN_SCORE) {
                Subject subject = subjects.get(s);
                found.add(new SubjectAssignment(subject.slug(), subject.label(), subject.iptcCode(),
                        round(score), TopicMethod.LEXICON));
            }
        }
        found.sort(Comparator.comparingDouble(SubjectAssignment::score).reversed()
                .thenComparing(SubjectAssignment::code));
        return found;
    }

    public Subject subject(String slug) {
        return subjects.stream().filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No subject " + slug));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    // Format: slug<TAB>label<TAB>IPTC code<TAB>implied topics as "11000000=1.0 16000000=0.5".
    private static List<Subject> parseSubjects(String table) {
        List<Subject> subjects = new ArrayList<>();
        for (String line : lines(table)) {
            String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalStateException("subjects.tsv: expected 4 tab-separated cells in: " + line);
            }
            Map<IptcMediaTopic, Double> implied = new EnumMap<>(IptcMediaTopic.class);
            for (String pair : cells[3].trim().split("\\s+")) {
                String[] kv = pair.split("=");
                implied.put(IptcMediaTopic.of(kv[0]), Double.parseDouble(kv[1]));
            }
            subjects.add(new Subject(cells[0].trim(), cells[1].trim(), cells[2].trim(), implied));
        }
        return subjects;
    }

    static List<LexiconTerm> parseTerms(String file, String content, Map<String, Integer> subjectIndex) {
        List<LexiconTerm> terms = new ArrayList<>();
        Integer subject = null;
        for (String line : lines(content)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String slug = line.substring(1, line.length() - 1).trim();
                subject = subjectIndex.get(slug);
                if (subject == null) {
                    throw new IllegalStateException(file + ": unknown subject [" + slug + "]");
                }
                continue;
            }
            if (subject == null) {
                throw new IllegalStateException(file + ": term before the first [subject]: " + line);
            }
            terms.add(parseTerm(file, line, subject));
        }
        return terms;
    }

    private static LexiconTerm parseTerm(String file, String line, int subject) {
        double weight = 1;
        String body = line;
        if (body.endsWith("!")) {
            weight = 2;
            body = body.substring(0, body.length() - 1).trim();
        } else if (body.endsWith("~")) {
            weight = 0.5;
            body = body.substring(0, body.length() - 1).trim();
        }
        List<String> words = new ArrayList<>();
        List<Boolean> stems = new ArrayList<>();
        for (String written : body.split("\\s+")) {
            boolean stem = written.endsWith("*");
            String bare = stem ? written.substring(0, written.length() - 1) : written;
            // Normalised and tokenised like the text, so that "al-Qaeda" or Chinese phrases become the same tokens.
            List<String> tokens = TopicTokenizer.tokenize(TopicTextNormalizer.normalize(bare));
            if (tokens.isEmpty()) {
                throw new IllegalStateException(file + ": no word in term: " + line);
            }
            for (int i = 0; i < tokens.size(); i++) {
                boolean lastIsStem = stem && i == tokens.size() - 1;
                // A short stem alone would match too many words; after another word the phrase narrows it.
                int minStem = words.isEmpty() ? 3 : 2;
                if (lastIsStem && tokens.get(i).length() < minStem) {
                    throw new IllegalStateException(file + ": stem shorter than " + minStem + " letters: " + line);
                }
                words.add(tokens.get(i));
                stems.add(lastIsStem);
            }
        }
        boolean[] stemFlags = new boolean[stems.size()];
        for (int i = 0; i < stemFlags.length; i++) {
            stemFlags[i] = stems.get(i);
        }
        return new LexiconTerm(subject, words, stemFlags, weight, file + ": " + line);
    }

    private static List<String> lines(String content) {
        return content.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
