package io.newswire.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the registry is and how to talk to it. Built from the same keys Confluent's clients use, so a Kafka client
 * configuration written for Confluent's serializers works unchanged.
 *
 * @param urls           one or more base URLs (with any path prefix, for example {@code /apis/ccompat/v7}); tried in
 *                       turn when one does not answer
 * @param userInfo       {@code user:password} for HTTP basic authentication, if the registry asks for it
 * @param bearerToken    a bearer token, if the registry takes one instead
 * @param requestTimeout how long one request may take before the next URL is tried
 */
public record SchemaRegistryClientConfig(List<URI> urls, Optional<String> userInfo, Optional<String> bearerToken,
                                         Duration requestTimeout) {

    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    public SchemaRegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("No schema registry URL: set " + URL);
        }
        Objects.requireNonNull(userInfo);
        Objects.requireNonNull(bearerToken);
        Objects.requireNonNull(requestTimeout);
    }

    public static SchemaRegistryClientConfig of(String commaSeparatedUrls) {
        return new SchemaRegistryClientConfig(parseUrls(commaSeparatedUrls), Optional.empty(), Optional.empty(),
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** Reads the Confluent keys out of a Kafka client configuration map. */
    public static SchemaRegistryClientConfig fromKafkaConfig(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing " + URL + " in the serde configuration");
        }
        Object timeout = configs.get(REQUEST_TIMEOUT_MS);
        return new SchemaRegistryClientConfig(
                parseUrls(url.toString()),
                nonBlank(configs.get(BASIC_AUTH_USER_INFO)),
                nonBlank(configs.get(BEARER_AUTH_TOKEN)),
                timeout == null ? DEFAULT_REQUEST_TIMEOUT : Duration.ofMillis(Long.parseLong(timeout.toString().trim())));
    }

    public SchemaRegistryClientConfig withUserInfo(String userInfo) {
        return new SchemaRegistryClientConfig(urls, Optional.of(userInfo), bearerToken, requestTimeout);
    }

    public SchemaRegistryClientConfig withRequestTimeout(Duration timeout) {
        return new SchemaRegistryClientConfig(urls, userInfo, bearerToken, timeout);
    }

    private static List<URI> parseUrls(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s))
                .toList();
    }

    private static Optional<String> nonBlank(Object value) {
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** Never prints credentials. */
    @Override
    public String toString() {
        return "SchemaRegistryClientConfig[urls=" + urls
                + ", basicAuth=" + (userInfo.isPresent() ? "[redacted]" : "none")
                + ", bearerToken=" + (bearerToken.isPresent() ? "[redacted]" : "none")
                + ", requestTimeout=" + requestTimeout + "]";
    }
}
