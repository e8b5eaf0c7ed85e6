package io.newswire.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A client for the documented subset of the Confluent Schema Registry REST API: register, look up, fetch by id,
 * latest version, compatibility check and subject configuration. It speaks only that API, so it works unchanged
 * against Confluent Schema Registry, Apicurio's ccompat API, Karapace and Redpanda.
 *
 * <p>Schemas by id are immutable in the registry and cached forever; ids of (subject, schema) pairs likewise, so a
 * warm serializer never calls the registry again. Thread-safe.
 */
public final class SchemaRegistryClient implements SchemaRegistry {
    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistryClientConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    /** Index of the URL that answered last, so a dead first URL costs one timeout, not one per request. */
    private volatile int preferredUrl;

    private record SubjectSchema(String subject, Schema schema) {
    }

    public SchemaRegistryClient(SchemaRegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = config.bearerToken().map(token -> "Bearer " + token)
                .or(() -> config.userInfo().map(info ->
                        "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8))));
    }

    public SchemaRegistryClientConfig config() {
        return config;
    }

    /** Registers the schema under the subject (or finds it registered already) and returns its global id. */
    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw new SchemaRegistryException("Registry answered a registration under '" + subject
                    + "' without an id: " + answer, 200, 0);
        }
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** Finds the schema among the versions of the subject, without registering it. */
    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        RegisteredSchema found = registeredSchema(answer, subject);
        idsBySubjectSchema.putIfAbsent(new SubjectSchema(subject, schema), found.id());
        return found;
    }

    /** The writer schema for an id read off the wire. Cached: ids never change meaning. */
    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new InvalidSchemaException("Schema id " + id + " is of type " + type + ", not AVRO", 0);
        }
        Schema schema = parse(answer.path("schema").asText(), "schema id " + id);
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous == null ? schema : previous;
    }

    public RegisteredSchema latest(String subject) {
        return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
    }

    public RegisteredSchema version(String subject, int version) {
        return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null), subject);
    }

    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /**
     * Asks the registry whether the schema could be registered under the subject without breaking its compatibility
     * rule. A subject with no versions accepts anything.
     */
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema));
            return answer.path("is_compatible").asBoolean(false);
        } catch (SchemaNotFoundException noSuchSubject) {
            return true;
        }
    }

    /** The subject's own compatibility level, or the global one when the subject has none. */
    public CompatibilityLevel compatibility(String subject) {
        try {
            return compatibilityLevel(send("GET", "/config/" + encode(subject), null));
        } catch (SchemaNotFoundException noSubjectLevel) {
            return globalCompatibility();
        }
    }

    public CompatibilityLevel globalCompatibility() {
        return compatibilityLevel(send("GET", "/config", null));
    }

    public void setCompatibility(String subject, CompatibilityLevel level) {
        send("PUT", "/config/" + encode(subject), compatibilityBody(level));
    }

    public void setGlobalCompatibility(CompatibilityLevel level) {
        send("PUT", "/config", compatibilityBody(level));
    }

    /** One cheap request that proves a registry answers; throws {@link SchemaRegistryUnavailableException} if not. */
    public void ping() {
        send("GET", "/subjects", null);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        List<URI> urls = config.urls();
        int first = preferredUrl;
        SchemaRegistryException lastFailure = null;
        for (int i = 0; i < urls.size(); i++) {
            int index = (first + i) % urls.size();
            URI url = URI.create(urls.get(index) + path);
            try {
                JsonNode answer = sendOnce(method, url, body);
                preferredUrl = index;
                return answer;
            } catch (SchemaRegistryUnavailableException unavailable) {
                log.debug("Schema registry at {} did not answer: {}", urls.get(index), unavailable.getMessage());
                lastFailure = unavailable;
            }
        }
        throw lastFailure;
    }

    private JsonNode sendOnce(String method, URI url, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemaRegistryUnavailableException("Schema registry at " + url.getScheme() + "://"
                    + url.getAuthority() + " is unreachable: " + describe(e), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryUnavailableException("Interrupted while calling the schema registry", 0, e);
        }
        int status = response.statusCode();
        JsonNode answer = readJson(response.body());
        if (status >= 200 && status < 300) {
            return answer;
        }
        int errorCode = answer.path("error_code").asInt(0);
        String message = method + " " + url.getPath() + " answered " + status
                + (errorCode != 0 ? " (error " + errorCode + ")" : "") + ": "
                + answer.path("message").asText(response.body());
        if (status >= 500 || status == 408 || status == 429) {
            throw new SchemaRegistryUnavailableException(message, status, null);
        }
        switch (status) {
            case 404 -> throw new SchemaNotFoundException(message, errorCode);
            case 409 -> throw new IncompatibleSchemaException(message, errorCode);
            case 422 -> throw new InvalidSchemaException(message, errorCode);
            default -> throw new SchemaRegistryException(message, status, errorCode);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private static JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("message", body.length() > 500 ? body.substring(0, 500) : body);
        }
    }

    private static ObjectNode schemaBody(Schema schema) {
        // schemaType is left out: AVRO is the default in every implementation, and older ones reject the field.
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static ObjectNode compatibilityBody(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibility", level.name());
    }

    private static CompatibilityLevel compatibilityLevel(JsonNode answer) {
        // GET answers "compatibilityLevel"; some implementations echo PUT's "compatibility" instead.
        String level = answer.path("compatibilityLevel").asText(answer.path("compatibility").asText(""));
        try {
            return CompatibilityLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException("Registry answered an unknown compatibility level: " + answer, 200, 0);
        }
    }

    private RegisteredSchema registeredSchema(JsonNode answer, String subject) {
        int id = answer.path("id").asInt(-1);
        Schema schema = parse(answer.path("schema").asText(), "subject " + subject);
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(answer.path("subject").asText(subject), id, answer.path("version").asInt(-1),
                schema);
    }

    private static Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new InvalidSchemaException("Registry returned an unparseable Avro schema for " + what + ": "
                    + e.getMessage(), 0);
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "SchemaRegistryClient" + config.urls();
    }
}
