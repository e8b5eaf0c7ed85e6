package io.newswire.enrich.topics.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's title and text, normalised and tokenised once, shared by the classifier and the lexicons.
 *
 * <p>The normalised characters are kept in one array and each token is a pair of offsets into it: the classifier
 * hashes its features and the lexicons look up their terms in place, without a string per word.
 *
 * <p>The lexicons read further into a long article than the classifier does (a subject may come up late, while the
 * classifier's topic is in the first paragraphs): {@link #of(String, String, int, int)} normalises the longer reading
 * once and gives the shorter one as its {@link #head()}.
 */
public final class TopicText {
    private final char[] chars;
    private final TokenBounds tokens;
    private final TopicText head;

    private TopicText(char[] chars, TokenBounds tokens, TopicText head) {
        this.chars = chars;
        this.tokens = tokens;
        this.head = head == null ? this : head;
    }

    /**
     * @param maxChars only this many characters of the text are read: long articles say what they are about early,
     *                 and the cost of tagging should not grow with a document's tail
     */
    public static TopicText of(String title, String text, int maxChars) {
        return of(title, text, maxChars, maxChars);
    }

    /**
     * The title and at most {@code maxChars} of the text, with a {@link #head()} of at most {@code headChars} of the
     * text that has exactly the tokens {@code of(title, text, headChars)} would have.
     */
    public static TopicText of(String title, String text, int maxChars, int headChars) {
        String body = text == null ? "" : text;
        boolean hasTitle = title != null && !title.isBlank();
        int bodyEnd = Math.min(body.length(), maxChars);
        int headBodyEnd = Math.min(bodyEnd, headChars);
        char[] chars = new char[(hasTitle ? title.length() + 1 : 0) + bodyEnd];
        int n = 0;
        if (hasTitle) {
            n = TopicTextNormalizer.normalize(title, 0, title.length(), chars, n);
            chars[n++] = '\n';
        }
        n = TopicTextNormalizer.normalize(body, 0, headBodyEnd, chars, n);
        int headEnd = n;
        n = TopicTextNormalizer.normalize(body, headBodyEnd, bodyEnd, chars, n);
        TokenBounds tokens = new TokenBounds(n / 4 + 8);
        TopicTokenizer.tokenize(chars, 0, n, tokens);
        TopicText head = headEnd == n ? null : new TopicText(chars, headOf(chars, tokens, headEnd), null);
        return new TopicText(chars, tokens, head);
    }

    /**
     * The tokens of {@code chars[0, headEnd)}: the tokens that end by then, and the text from the start of the one
     * cut by the boundary (if any) tokenised again, since a cut word is a shorter token, or none if only digits are
     * left of it.
     */
    private static TokenBounds headOf(char[] chars, TokenBounds all, int headEnd) {
        int whole = 0;
        while (whole < all.size() && all.end(whole) <= headEnd) {
            whole++;
        }
        TokenBounds head = all.head(whole);
        if (whole < all.size() && all.start(whole) < headEnd) {
            TopicTokenizer.tokenize(chars, all.start(whole), headEnd, head);
        }
        return head;
    }

    /** The shorter reading given to {@link #of(String, String, int, int)}; this text itself if nothing was cut. */
    public TopicText head() {
        return head;
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The normalised characters the tokens point into. Shared, not copied: read only. */
    public char[] chars() {
        return chars;
    }

    /** The offset in {@link #chars()} of the token's first character. */
    public int start(int token) {
        return tokens.start(token);
    }

    /** The offset in {@link #chars()} just after the token's last character. */
    public int end(int token) {
        return tokens.end(token);
    }

    public String token(int token) {
        return new String(chars, start(token), end(token) - start(token));
    }

    /** The tokens as strings, title first; for tests and tools, since tagging reads them in place. */
    public List<String> tokens() {
        List<String> list = new ArrayList<>(size());
        for (int t = 0; t < size(); t++) {
            list.add(token(t));
        }
        return list;
    }
}
