package io.newswire.enrich.replay;

import io.newswire.avro.RawArticle;
import io.newswire.enrich.clean.ArticleCleaner;
import io.newswire.enrich.clean.CleanedText;
import io.newswire.enrich.language.LanguageDetector;

import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which raw articles of the range a replay takes: by source, and by language as the current enricher detects it
 * (the language is not in the raw record; a scraper's hint is only a hint). The detector is built only when a
 * language is asked for.
 */
final class ReplaySelection implements Predicate<RawArticle> {
    private final Set<String> sources;
    private final Set<String> languages;
    private final ArticleCleaner cleaner;
    private final LanguageDetector detector;

    ReplaySelection(Set<String> sources, Set<String> languages, Supplier<LanguageDetector> detector) {
        this.sources = Set.copyOf(sources);
        this.languages = Set.copyOf(languages);
        this.cleaner = languages.isEmpty() ? null : new ArticleCleaner();
        this.detector = languages.isEmpty() ? null : detector.get();
    }

    boolean selectsEverything() {
        return sources.isEmpty() && languages.isEmpty();
    }

    @Override
    public boolean test(RawArticle article) {
        if (!sources.isEmpty() && !sources.contains(article.getSource())) {
            return false;
        }
        if (languages.isEmpty()) {
            return true;
        }
        CleanedText text = cleaner.clean(article.getTitle(), article.getBody());
        return languages.contains(detector.detect(text.title(), text.text()).code());
    }
}
