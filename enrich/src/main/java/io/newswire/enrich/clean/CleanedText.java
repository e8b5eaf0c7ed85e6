package io.newswire.enrich.clean;

/**
 * An article's text after cleaning: page furniture removed, Unicode NFC, whitespace normalised, paragraphs separated
 * by one blank line.
 *
 * @param title         the cleaned title: the scraper's, or the first real line of the text when it sent none
 * @param text          the cleaned body text (without that first line when it became the title)
 * @param titleFromText true when the title was taken from the text
 */
public record CleanedText(String title, String text, boolean titleFromText) {
}
