package io.newswire.ingest;

import io.newswire.avro.RawArticle;
import io.newswire.client.Publication;

import java.util.concurrent.CompletableFuture;

/** Where valid articles go: the raw topic, through {@link io.newswire.client.RawArticleWriter}. */
@FunctionalInterface
interface ArticleSink {
    /** Completes when the article is durably stored; fails with the reason otherwise. Never throws. */
    CompletableFuture<Publication> write(RawArticle article);
}
