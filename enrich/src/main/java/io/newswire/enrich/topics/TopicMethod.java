package io.newswire.enrich.topics;

/** How a topic or subject was assigned. */
public enum TopicMethod {
    /** The statistical topic classifier. */
    CLASSIFIER,
    /** The multilingual subject lexicons. */
    LEXICON,
    /** A rule, for example the source's own section. */
    RULE
}
