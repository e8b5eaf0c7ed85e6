package io.newswire.enrich.topics;

/** One shipped tagger for all tests, as production shares one: loading it once keeps the tests fast. */
final class TopicTaggerHolder {
    static final TopicTagger TAGGER = TopicTagger.fromClasspath();

    private TopicTaggerHolder() {
    }
}
