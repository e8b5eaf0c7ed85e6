package io.newswire.client;

import io.newswire.article.ArticleDraft;
import io.newswire.article.ArticleLimits;
import io.newswire.article.ArticleValidator;
import io.newswire.article.Submitter;
import io.newswire.article.Validation;
import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes articles straight to Kafka, for scrapers on the JVM: the same validation and id rules as ingest's HTTP
 * API (they share {@link ArticleValidator}), written durably to the raw topic in the Confluent wire format.
 *
 * <pre>{@code
 * try (ArticlePublisher publisher = ArticlePublisher.builder()
 *         .bootstrapServers("127.0.0.1:9092")
 *         .schemaRegistryUrl("http://127.0.0.1:8081/apis/ccompat/v7")
 *         .source("hespress")
 *         .build()) {
 *     Publication stored = publisher.publish(ArticleDraft.builder().url(url).title(title).body(body).build()).join();
 * }
 * }</pre>
 *
 * On Kafka the source is what the publisher declares: give each scraper its own principal and ACLs on the raw topic,
 * or send untrusted scrapers through ingest, where the API key decides the source.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final RawArticleWriter writer;
    private final ArticleValidator validator;
    private final Submitter submitter;
    private final Clock clock;

    private ArticlePublisher(RawArticleWriter writer, ArticleValidator validator, Submitter submitter, Clock clock) {
        this.writer = writer;
        this.validator = validator;
        this.submitter = submitter;
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates the article and sends it. Throws {@link ArticleRejectedException} at once when it breaks a rule;
     * otherwise the future completes when Kafka has stored it.
     */
    public CompletableFuture<Publication> publish(ArticleDraft draft) {
        Validation validation = validator.validate(draft, submitter, clock.instant());
        return switch (validation) {
            case Validation.Accepted accepted -> writer.write(accepted.article());
            case Validation.Refused refused -> throw new ArticleRejectedException(refused.violations());
        };
    }

    /** {@link #publish} and wait for Kafka's acknowledgement. */
    public Publication publishAndWait(ArticleDraft draft, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        return publish(draft).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        writer.close();
    }

    /** Settings of a publisher; {@code bootstrapServers}, {@code schemaRegistryUrl} and {@code source} are required. */
    public static final class Builder {
        private final Map<String, Object> kafka = new HashMap<>();
        private String registryUrl;
        private String registryUserInfo;
        private String source;
        private String credentialId;
        private String topic = NewswireTopics.RAW;
        private ArticleLimits limits = ArticleLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();

        public Builder bootstrapServers(String servers) {
            kafka.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            return this;
        }

        /** Any Kafka producer setting, for example {@code security.protocol} or {@code sasl.jaas.config}. */
        public Builder kafkaProperty(String key, Object value) {
            kafka.put(key, value);
            return this;
        }

        public Builder schemaRegistryUrl(String url) {
            this.registryUrl = url;
            return this;
        }

        /** {@code user:password} for a registry behind basic authentication. */
        public Builder schemaRegistryUserInfo(String userInfo) {
            this.registryUserInfo = userInfo;
            return this;
        }

        /** The source this scraper writes as, a lowercase slug such as {@code hespress}. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** An id for the credential this scraper uses (its Kafka principal, say), kept with every article. */
        public Builder credentialId(String credentialId) {
            this.credentialId = credentialId;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder limits(ArticleLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public ArticlePublisher build() {
            Objects.requireNonNull(kafka.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG), "bootstrapServers is required");
            Objects.requireNonNull(registryUrl, "schemaRegistryUrl is required");
            Objects.requireNonNull(source, "source is required");
            if (!ArticleValidator.SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("source '" + source + "' is not a lowercase slug");
            }
            SchemaRegistryClientConfig registryConfig = SchemaRegistryClientConfig.of(registryUrl);
            if (registryUserInfo != null) {
                registryConfig = registryConfig.withUserInfo(registryUserInfo);
            }
            Arrival arrival = Arrival.newBuilder()
                    .setChannel(ArrivalChannel.KAFKA)
                    .setCredentialId(credentialId)
                    .setUserAgent("newswire-client/" + version())
                    .setReceivedBy("newswire-client " + version())
                    .build();
            RawArticleWriter writer = new RawArticleWriter(kafka, new SchemaRegistryClient(registryConfig), topic);
            return new ArticlePublisher(writer, new ArticleValidator(limits), Submitter.withCredential(source, arrival),
                    clock);
        }

        private static String version() {
            String version = ArticlePublisher.class.getPackage().getImplementationVersion();
            return version == null ? "dev" : version;
        }
    }
}
