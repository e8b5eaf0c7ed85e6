package io.newswire.article;

import io.newswire.avro.RawArticle;
import org.apache.avro.util.Utf8;

/**
 * A raw article whose body is held as the UTF-8 bytes it arrived in: Avro's writer takes them as they are (it reads
 * fields through {@link #get(int)}, and writes a {@link Utf8} without encoding it), and {@link #getBody()} decodes
 * them only if someone asks. The generated field itself stays null, so this record is for writing, not for
 * {@code RawArticle.newBuilder(other)}, which copies fields directly.
 */
final class EncodedBodyRawArticle extends RawArticle {
    private static final int BODY = RawArticle.SCHEMA$.getField("body").pos();

    private final CleanUtf8Text body;

    EncodedBodyRawArticle(RawArticle article, CleanUtf8Text body) {
        super(article.getId(), article.getSource(), article.getSourceArticleId(), article.getUrl(),
                article.getCanonicalUrl(), article.getTitle(), null, article.getHtml(), article.getAuthors(),
                article.getSection(), article.getPublishedAt(), article.getFetchedAt(), article.getReceivedAt(),
                article.getLanguageHint(), article.getSourceTags(), article.getAttributes(), article.getArrival());
        this.body = body;
    }

    @Override
    public Object get(int field) {
        return field == BODY ? new Utf8(body.utf8()) : super.get(field);
    }

    @Override
    public String getBody() {
        return body.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedBodyRawArticle that && super.equals(that)
                && java.util.Arrays.equals(body.utf8(), that.body.utf8());
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + java.util.Arrays.hashCode(body.utf8());
    }
}
