package io.newswire.ingest;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on logger {@code io.newswire.ingest.access}: client, method, path, status, records, time and
 * who it was, by key id. Never a key, an Authorization header or a query string.
 */
final class AccessLog {
    private static final Logger log = LoggerFactory.getLogger("io.newswire.ingest.access");

    private final IngestMetrics metrics;

    AccessLog(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    void log(Context ctx, Float executionTimeMs) {
        int status = ctx.statusCode();
        metrics.request(status, (long) (executionTimeMs * 1_000_000));
        if (log.isInfoEnabled()) {
            Object principal = ctx.attribute(ArticlesEndpoint.PRINCIPAL);
            Object records = ctx.attribute(ArticlesEndpoint.RECORDS);
            log.info("{} \"{} {}\" {} records={} {}ms principal={}", ctx.ip(), ctx.method(), ctx.path(), status,
                    records == null ? "-" : records, String.format("%.1f", executionTimeMs),
                    principal == null ? "-" : principal);
        }
    }
}
