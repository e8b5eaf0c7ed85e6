package io.newswire.ingest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.client.subscribe.ArticleFilter;
import io.newswire.client.subscribe.ArticleJson;
import io.newswire.client.subscribe.ArticleSubscriber;
import io.newswire.client.subscribe.ReceivedArticle;
import io.newswire.client.subscribe.StartPosition;
import io.newswire.client.subscribe.TimeSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code GET /v1/stream}: enriched articles as server-sent events, filtered like {@code newswire tail}, from a time
 * or resumed from {@code Last-Event-ID}. A poller thread owns the Kafka consumer and fills a bounded queue; the
 * request's thread writes it out, with a heartbeat when there is nothing to say. A client so slow that the queue stays
 * full for {@code ingest.stream.slow.client.timeout} is told so ({@code event: error}, code {@code slow_consumer}) and
 * disconnected: memory stays bounded whatever the client does, and it resumes from its last event id. At most {@code ingest.stream.max.clients} streams at once; more get 503.
 */
final class StreamEndpoint implements Handler {
    private static final Logger log = LoggerFactory.getLogger(StreamEndpoint.class);
    private static final long WAIT_MILLIS = 200;

    /** What a stream needs to read Kafka: a subscriber builder with the cluster's addresses. */
    interface Subscribers extends Supplier<ArticleSubscriber.Builder> {
    }

    private final Subscribers subscribers;
    private final Authenticator authenticator;
    private final String topic;
    private final Semaphore slots;
    private final int bufferEvents;
    private final Duration slowClientTimeout;
    private final Duration heartbeat;
    private final MeterRegistry metrics;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final Counter eventsSent;
    private volatile boolean closing;

    StreamEndpoint(Subscribers subscribers, Authenticator authenticator, String topic, int maxClients,
                   int bufferEvents, Duration slowClientTimeout, Duration heartbeat, MeterRegistry metrics) {
        this.subscribers = subscribers;
        this.authenticator = authenticator;
        this.topic = topic;
        this.slots = new Semaphore(maxClients);
        this.bufferEvents = bufferEvents;
        this.slowClientTimeout = slowClientTimeout;
        this.heartbeat = heartbeat;
        this.metrics = metrics;
        Gauge.builder("newswire.ingest.streams.active", open, Set::size).description("Open event streams")
                .register(metrics);
        this.eventsSent = Counter.builder("newswire.ingest.stream.events").description("Articles sent on event streams")
                .register(metrics);
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Authenticator.Identity identity = authenticator.identify(ctx.header("Authorization"), ctx.header("X-API-Key"),
                ctx.ip());
        ctx.attribute(ArticlesEndpoint.PRINCIPAL, identity.principal());
        if (identity instanceof Authenticator.Refused refused) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newswire\"");
            json(ctx, 401, JsonResponses.error(refused.keyPresented() ? "invalid_api_key" : "missing_api_key",
                    "send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
            return;
        }
        ArticleFilter filter;
        StartPosition start;
        Map<Integer, Long> resume = Map.of();
        try {
            filter = ArticleFilter.parse(ctx.queryParam("lang"), ctx.queryParam("topic"), ctx.queryParam("subject"),
                    ctx.queryParam("source"), ctx.queryParam("place"));
            String from = ctx.queryParam("from");
            start = from == null ? StartPosition.NOW : TimeSpec.startPosition(from, Clock.systemUTC());
            String lastEventId = ctx.header("Last-Event-ID") != null ? ctx.header("Last-Event-ID")
                    : ctx.queryParam("lastEventId");
            if (lastEventId != null && !lastEventId.isBlank()) {
                StreamPosition position = StreamPosition.parse(lastEventId.trim());
                if (!position.topic().equals(topic)) {
                    throw new IllegalArgumentException("Last-Event-ID is for topic " + position.topic()
                            + ", this stream reads " + topic);
                }
                resume = position.nextOffsets();
            }
        } catch (IllegalArgumentException e) {
            json(ctx, 400, JsonResponses.error("invalid_parameter", e.getMessage()));
            return;
        }
        if (closing || !slots.tryAcquire()) {
            ctx.header("Retry-After", "5");
            json(ctx, 503, JsonResponses.error("overloaded", closing ? "ingest is shutting down"
                    : "as many event streams are open as ingest allows; try again later"));
            return;
        }
        try (ArticleSubscriber subscriber = subscribers.get().filter(filter).from(start).resumeFrom(resume).build()) {
            Stream stream = new Stream(ctx, subscriber);
            open.add(stream);
            try {
                stream.run();
            } finally {
                open.remove(stream);
            }
        } finally {
            slots.release();
        }
    }

    /** Ends every open stream (with an event saying why), so a graceful shutdown does not wait on them. */
    void closeAll() {
        closing = true;
        open.forEach(Stream::end);
    }

    private static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    /** One client's stream. */
    private final class Stream {
        private final Context ctx;
        private final ArticleSubscriber subscriber;
        private final BlockingQueue<ReceivedArticle> queue = new ArrayBlockingQueue<>(bufferEvents);
        private volatile String endReason;
        private volatile boolean slow;

        Stream(Context ctx, ArticleSubscriber subscriber) {
            this.ctx = ctx;
            this.subscriber = subscriber;
        }

        void end() {
            endReason = "shutdown";
        }

        void run() throws IOException {
            StreamPosition position = new StreamPosition(topic, subscriber.positions());
            ctx.res().setStatus(200);
            ctx.res().setContentType("text/event-stream");
            ctx.res().setCharacterEncoding("UTF-8");
            ctx.res().setHeader("Cache-Control", "no-cache");
            ctx.res().setHeader("X-Accel-Buffering", "no");
            OutputStream out = ctx.res().getOutputStream();
            write(out, ": newswire stream of " + topic + ", resumable from the id of any event\n\n");
            Thread poller = Thread.ofVirtual().name("stream-poller").start(this::poll);
            try {
                long lastWrite = System.nanoTime();
                while (endReason == null && !slow) {
                    // Short waits, so a shutdown or a slow-client verdict is acted on at once, not at the next heartbeat.
                    ReceivedArticle article = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                    if (article == null) {
                        if (System.nanoTime() - lastWrite >= heartbeat.toNanos()) {
                            write(out, ": heartbeat\n\n");
                            lastWrite = System.nanoTime();
                        }
                        continue;
                    }
                    lastWrite = System.nanoTime();
                    position = position.after(article.partition(), article.offset());
                    write(out, "id: " + position.id() + "\nevent: article\ndata: " + ArticleJson.of(article.article())
                            + "\n\n");
                    eventsSent.increment();
                }
                if (slow) {
                    write(out, "event: error\ndata: {\"code\":\"slow_consumer\",\"message\":\"the client reads more "
                            + "slowly than articles arrive; reconnect with the last event id to resume\"}\n\n");
                    disconnected("slow_consumer");
                } else {
                    write(out, "event: end\ndata: {\"reason\":\"" + endReason + "\"}\n\n");
                    disconnected(endReason);
                }
            } catch (IOException clientGone) {
                disconnected("client_closed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                endReason = endReason == null ? "closed" : endReason;
                subscriber.stop();
                poller.interrupt();
                try {
                    poller.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The poller: reads Kafka, hands matching articles to the writer; stops when the queue stays full too long. */
        private void poll() {
            try {
                while (endReason == null && !slow) {
                    for (ReceivedArticle article : subscriber.poll(Duration.ofMillis(500))) {
                        if (!queue.offer(article, slowClientTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                            slow = true;
                            return;
                        }
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException woken) {
                // the stream ended
            } catch (InterruptedException | org.apache.kafka.common.errors.InterruptException e) {
                // the stream ended while the poller waited
            } catch (RuntimeException e) {
                log.warn("Event stream stopped reading Kafka: {}", e.toString());
                endReason = "error";
            }
        }

        private static void write(OutputStream out, String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        private void disconnected(String reason) {
            Counter.builder("newswire.ingest.streams.ended").description("Event streams ended, by reason")
                    .tag("reason", reason).register(metrics).increment();
        }
    }
}
