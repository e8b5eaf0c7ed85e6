package io.newswire.enrich.topics.text;

import java.util.List;

/**
 * An article's title and text, normalised and tokenised once, shared by the classifier and the lexicons.
 *
 * @param tokens the title's tokens followed by the text's
 */
public record TopicText(List<String> tokens) {

    public TopicText {
        tokens = List.copyOf(tokens);
    }

    /**
     * @param maxChars only this many characters of the text are read: long articles say what they are about early,
     *                 and the cost of tagging should not grow with a document's tail
     */
    public static TopicText of(String title, String text, int maxChars) {
        String body = text == null ? "" : text;
        if (body.length() > maxChars) {
            body = body.substring(0, maxChars);
        }
        String joined = (title == null || title.isBlank()) ? body : title + "\n" + body;
        return new TopicText(TopicTokenizer.tokenize(TopicTextNormalizer.normalize(joined)));
    }

    public int size() {
        return tokens.size();
    }
}
