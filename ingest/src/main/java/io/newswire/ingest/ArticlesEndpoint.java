package io.newswire.ingest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.newswire.article.Submitter;
import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;

/**
 * {@code POST /v1/articles}: the checks that concern the whole request, cheapest first (capacity, key, format, size,
 * Kafka reachable, rate), then the records themselves through {@link ArticleIngestion}.
 */
final class ArticlesEndpoint implements Handler {
    static final String PRINCIPAL = "newswire.principal";
    static final String RECORDS = "newswire.records";

    private final ArticleIngestion ingestion;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final IngestHealth health;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final long maxRequestBytes;
    private final String instance;

    ArticlesEndpoint(ArticleIngestion ingestion, Authenticator authenticator, RateLimiter rateLimiter,
                     IngestHealth health, int maxInFlight, long maxRequestBytes, String instance) {
        this.ingestion = ingestion;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.health = health;
        this.inFlight = new Semaphore(maxInFlight);
        this.maxInFlight = maxInFlight;
        this.maxRequestBytes = maxRequestBytes;
        this.instance = instance;
    }

    /** Requests being handled now. */
    int inFlight() {
        return maxInFlight - inFlight.availablePermits();
    }

    @Override
    public void handle(Context ctx) {
        if (!inFlight.tryAcquire()) {
            ctx.header("Retry-After", "1");
            respond(ctx, 503, JsonResponses.error("overloaded",
                    "ingest is handling as many requests as it may; send this one again in a moment"));
            return;
        }
        try {
            handleAdmitted(ctx);
        } finally {
            inFlight.release();
        }
    }

    private void handleAdmitted(Context ctx) {
        Authenticator.Identity identity = authenticator.identify(ctx.header("Authorization"), ctx.header("X-API-Key"),
                ctx.ip());
        ctx.attribute(PRINCIPAL, identity.principal());
        if (identity instanceof Authenticator.Refused refused) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newswire\"");
            respond(ctx, 401, refused.keyPresented()
                    ? JsonResponses.error("invalid_api_key", "the API key is not valid")
                    : JsonResponses.error("missing_api_key",
                    "send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
            return;
        }
        SubmissionParser.Format format = format(ctx.header("Content-Type"));
        if (format == null) {
            respond(ctx, 415, JsonResponses.error("unsupported_media_type",
                    "send application/json (an object or an array of objects) or application/x-ndjson, in UTF-8"));
            return;
        }
        String encoding = ctx.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.trim().equalsIgnoreCase("gzip");
        if (encoding != null && !gzip && !encoding.trim().equalsIgnoreCase("identity")) {
            respond(ctx, 415, JsonResponses.error("unsupported_encoding", "Content-Encoding may be gzip or identity"));
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxRequestBytes) {
            respond(ctx, 413, JsonResponses.error("request_too_large", "the request has " + length
                    + " bytes, the limit is " + maxRequestBytes));
            return;
        }
        if (!health.kafkaReachable()) {
            ctx.header("Retry-After", "5");
            respond(ctx, 503, JsonResponses.error("unavailable", "Kafka is unreachable; nothing was stored. Send it again later"));
            return;
        }
        Duration wait = rateLimiter.admit(identity.principal());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            respond(ctx, 429, JsonResponses.error("rate_limited", "this key sends faster than its rate; retry in "
                    + seconds + " s", Map.of("retryAfterSeconds", seconds)));
            return;
        }
        try {
            InputStream body = new BoundedInputStream(ctx.req().getInputStream(), maxRequestBytes, "the request body");
            if (gzip) {
                body = new BoundedInputStream(new GZIPInputStream(body, 16 * 1024), maxRequestBytes,
                        "the decompressed request body");
            }
            IngestOutcome outcome = ingestion.ingest(body, format, submitter(ctx, identity));
            rateLimiter.consume(identity.principal(), outcome.results().size());
            ctx.attribute(RECORDS, outcome.results().size());
            if (outcome.status() == 503 || outcome.failed() > 0) {
                ctx.header("Retry-After", "5");
            }
            respond(ctx, outcome.status(), JsonResponses.outcome(outcome));
        } catch (RequestTooLargeException e) {
            respond(ctx, 413, JsonResponses.error("request_too_large", e.getMessage()));
        } catch (IOException e) {
            respond(ctx, 400, JsonResponses.error("invalid_gzip", "the body is not valid gzip: " + e.getMessage()));
        }
    }

    private Submitter submitter(Context ctx, Authenticator.Identity identity) {
        Arrival.Builder arrival = Arrival.newBuilder()
                .setChannel(ArrivalChannel.HTTP)
                .setRemoteAddress(ctx.ip())
                .setUserAgent(abbreviate(ctx.userAgent()))
                .setReceivedBy(instance);
        if (identity instanceof Authenticator.Keyed keyed) {
            return Submitter.withCredential(keyed.key().source(), arrival.setCredentialId(keyed.key().id()).build());
        }
        return Submitter.open(arrival.build());
    }

    static SubmissionParser.Format format(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                return null;
            }
        }
        return switch (parts[0].trim()) {
            case "application/json" -> SubmissionParser.Format.JSON;
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" ->
                    SubmissionParser.Format.NDJSON;
            default -> null;
        };
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }

    private static void respond(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType("application/json").result(body);
    }
}
