package io.newswire.ingest;

import io.newswire.article.ArticleValidator;
import io.newswire.article.RefusalReason;
import io.newswire.article.Submitter;
import io.newswire.article.Validation;
import io.newswire.article.Violation;
import io.newswire.avro.RawArticle;
import io.newswire.client.Publication;
import io.newswire.registry.SchemaRegistryUnavailableException;
import org.apache.kafka.common.errors.RecordTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * One request's records, from bytes to Kafka: each record is read, turned into a draft, validated and sent as soon
 * as it is read (so a large batch streams through the producer), then every send is awaited. A record is reported
 * stored only when Kafka acknowledged it.
 */
final class ArticleIngestion {
    private final SubmissionParser parser;
    private final ArticleValidator validator;
    private final ArticleSink sink;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Duration produceTimeout;

    ArticleIngestion(SubmissionParser parser, ArticleValidator validator, ArticleSink sink, IngestMetrics metrics,
                     Clock clock, Duration produceTimeout) {
        this.parser = parser;
        this.validator = validator;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.produceTimeout = produceTimeout;
    }

    /** A record on its way: decided already (refused), or waiting for Kafka. */
    private record Pending(int index, String id, String source, CompletableFuture<Publication> write,
                           RecordResult decided) {
    }

    IngestOutcome ingest(InputStream body, SubmissionParser.Format format, Submitter submitter) {
        List<Pending> pending = new ArrayList<>();
        Optional<Violation> bodyProblem = Optional.empty();
        Optional<String> tooLarge = Optional.empty();
        try {
            parser.parse(body, format, submission -> pending.add(accept(submission, submitter)));
        } catch (SubmissionParser.MalformedBodyException e) {
            bodyProblem = Optional.of(e.violation());
        } catch (RequestTooLargeException e) {
            tooLarge = Optional.of(e.getMessage());
        } catch (ZipException e) {
            bodyProblem = Optional.of(new Violation(RefusalReason.INVALID_GZIP, null,
                    "the body is not valid gzip: " + e.getMessage()));
        } catch (IOException e) {
            // Records read before the failure were sent: they are awaited and reported like any other.
            bodyProblem = Optional.of(new Violation(RefusalReason.UNREADABLE_BODY, null,
                    "the body could not be read to its end: " + e.getMessage()));
        }
        return new IngestOutcome(await(pending), bodyProblem, tooLarge);
    }

    private Pending accept(SubmissionParser.Submission submission, Submitter submitter) {
        String source = submitter.source().orElse(null);
        if (submission instanceof SubmissionParser.Unreadable unreadable) {
            return refused(unreadable.index(), source, List.of(unreadable.violation()));
        }
        SubmissionParser.Parsed parsed = (SubmissionParser.Parsed) submission;
        ArticleJsonReader.Result read = parsed.article();
        Validation validation = validator.validate(read.draft(), read.encodedBody(), submitter, clock.instant());
        if (!read.violations().isEmpty() || validation instanceof Validation.Refused) {
            List<Violation> violations = new ArrayList<>(read.violations());
            if (validation instanceof Validation.Refused refused) {
                violations.addAll(refused.violations());
            }
            return refused(parsed.index(), source == null ? read.draft().source() : source, violations);
        }
        RawArticle article = ((Validation.Accepted) validation).article();
        long sent = System.nanoTime();
        CompletableFuture<Publication> write = sink.write(article);
        // Timed when Kafka acknowledges (on the producer's thread), not when the request gets round to this record.
        write.thenRun(() -> metrics.produceLatency(System.nanoTime() - sent));
        return new Pending(parsed.index(), article.getId(), article.getSource(), write, null);
    }

    private Pending refused(int index, String source, List<Violation> violations) {
        return new Pending(index, null, source, null, new RecordResult.Refused(index, violations));
    }

    private List<RecordResult> await(List<Pending> pending) {
        long deadline = System.nanoTime() + produceTimeout.toNanos();
        List<RecordResult> results = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            RecordResult result = p.decided() != null ? p.decided() : outcomeOf(p, deadline);
            metrics.record(p.source(), result);
            results.add(result);
        }
        return results;
    }

    private RecordResult outcomeOf(Pending p, long deadline) {
        try {
            Publication publication = p.write().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new RecordResult.Stored(p.index(), publication);
        } catch (TimeoutException e) {
            return new RecordResult.Failed(p.index(), p.id(), "Kafka did not acknowledge the record within "
                    + produceTimeout.toSeconds() + " s; send it again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RecordResult.Failed(p.index(), p.id(), "interrupted while waiting for Kafka; send it again");
        } catch (ExecutionException | CompletionException e) {
            return failure(p, e.getCause() == null ? e : e.getCause());
        }
    }

    private static RecordResult failure(Pending p, Throwable cause) {
        if (cause instanceof RecordTooLargeException) {
            return new RecordResult.Refused(p.index(), List.of(new Violation(RefusalReason.RECORD_TOO_LARGE, null,
                    "Kafka refused the record as too large: " + cause.getMessage())));
        }
        if (SchemaRegistryUnavailableException.isCauseOf(cause)) {
            return new RecordResult.Failed(p.index(), p.id(), "the schema registry is unreachable; send it again");
        }
        return new RecordResult.Failed(p.index(), p.id(), "Kafka did not take the record ("
                + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); send it again");
    }
}
