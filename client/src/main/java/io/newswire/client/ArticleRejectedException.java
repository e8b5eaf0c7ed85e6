package io.newswire.client;

import io.newswire.article.Violation;

import java.util.List;

/** The article breaks Newswire's rules and was not sent; every violation is listed. */
public final class ArticleRejectedException extends IllegalArgumentException {
    private final transient List<Violation> violations;

    public ArticleRejectedException(List<Violation> violations) {
        super("Article refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
