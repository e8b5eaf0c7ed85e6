package io.newswire.enrich.topics.training;

/**
 * One training or test document.
 *
 * @param id       the corpus id, for example "sib200:arb_Arab:431" or "ant:AL-culture-517-20180621"
 * @param language ISO 639-1
 * @param label    the dataset's own (normalised) label, for example "world"
 * @param corpus   which corpus it comes from
 * @param group    what must not be split between training and test: the SIB-200 sentence number (shared by its
 *                 translations) or the ANT outlet ("AL", "SK", "CN")
 */
public record LabelledText(String id, String language, String title, String text, String label, Corpus corpus,
                           String group) {

    public enum Corpus { SIB200, ANT }
}
