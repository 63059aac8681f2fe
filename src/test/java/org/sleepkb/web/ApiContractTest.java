package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepkb.io.Json;

/**
 * The OpenAPI document at /api/openapi.json against the server: real answers of every route, and of
 * every error it declares, validated with the document's own JSON schemas (draft 2020-12, formats
 * asserted), and every operation of the document exercised here.
 */
class ApiContractTest {

    private static final TestSite SITE = TestSite.get();
    private static final JsonNode DOCUMENT = SITE.api("/api/openapi.json");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** A real request: its method and address, the path template of the document it belongs to, and the status it must get. */
    record Exchange(String method, String path, String template, int status, String authorization) {

        static Exchange get(String path, String template, int status) {
            return new Exchange("GET", path, template, status, null);
        }

        @Override
        public String toString() {
            return method + " " + path + " → " + status;
        }
    }

    static Stream<Arguments> exchanges() {
        return Stream.of(
                Exchange.get("/api/search?q=melatonin", "/api/search", 200),
                Exchange.get("/api/search?q=kratom&evidence=very-low&limit=3&page=1", "/api/search", 200),
                Exchange.get("/api/search?q=melatonim", "/api/search", 200),
                Exchange.get("/api/search?q=zzqqxxnothing", "/api/search", 200),
                Exchange.get("/api/search?q=i+took+too+many+sleeping+pills", "/api/search", 200),
                Exchange.get("/api/search?q=ambien+with+alcohol", "/api/search", 200),
                Exchange.get("/api/search?q=sleep&limit=0", "/api/search", 400),
                Exchange.get("/api/articles/kratom-what-is-known", "/api/articles/{slug}", 200),
                Exchange.get("/api/articles/" + TestSite.SCRIPT_SLUG, "/api/articles/{slug}", 200),
                Exchange.get("/api/articles/no-such-article", "/api/articles/{slug}", 404),
                Exchange.get("/api/articles/melatonin/related?limit=3", "/api/articles/{slug}/related", 200),
                Exchange.get("/api/articles/melatonin/related?limit=99", "/api/articles/{slug}/related", 400),
                Exchange.get("/api/articles/no-such-article/related", "/api/articles/{slug}/related", 404),
                Exchange.get("/api/topics", "/api/topics", 200),
                Exchange.get("/api/suggest?q=mel", "/api/suggest", 200),
                Exchange.get("/api/suggest?q=mel&limit=0", "/api/suggest", 400),
                Exchange.get("/api/openapi.json", "/api/openapi.json", 200),
                Exchange.get("/health", "/health", 200),
                Exchange.get("/health/live", "/health/live", 200),
                Exchange.get("/health/ready", "/health/ready", 200),
                new Exchange("POST", "/api/reindex", "/api/reindex", 200, "Bearer " + TestSite.ADMIN_TOKEN),
                new Exchange("POST", "/api/reindex", "/api/reindex", 401, "Bearer wrong"),
                new Exchange("POST", "/api/reindex", "/api/reindex", 401, null),
                new Exchange("POST", "/api/reindex?full=yes", "/api/reindex", 400, "Bearer " + TestSite.ADMIN_TOKEN)
        ).map(Arguments::of);
    }

    private static HttpResponse<String> send(Exchange exchange) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SITE.url(exchange.path())))
                .method(exchange.method(), HttpRequest.BodyPublishers.noBody());
        if (exchange.authorization() != null) {
            request.header("Authorization", exchange.authorization());
        }
        return SITE.send(request.build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void everyAnswerHoldsToTheDocument(Exchange exchange) throws IOException {
        HttpResponse<String> response = send(exchange);
        assertEquals(exchange.status(), response.statusCode(), response.body());

        JsonNode declared = DOCUMENT.path("paths").path(exchange.template()).path(exchange.method().toLowerCase())
                .path("responses").path(Integer.toString(exchange.status())).path("content");
        assertTrue(declared.isObject() && declared.size() == 1, "the document declares " + exchange);
        String mediaType = declared.fieldNames().next();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith(mediaType), exchange + " answers " + contentType + ", declared " + mediaType);

        Set<ValidationMessage> errors = schema(declared.get(mediaType).get("schema")).validate(Json.MAPPER.readTree(response.body()));
        assertTrue(errors.isEmpty(), exchange + " breaks the document: " + errors + "\n" + response.body());
    }

    @Test
    void everyOperationOfTheDocumentIsExercisedAndEveryApiErrorIsProblemDetails() {
        Set<String> exercised = new HashSet<>();
        exchanges().map(a -> (Exchange) a.get()[0]).forEach(e -> exercised.add(e.method().toLowerCase() + " " + e.template() + " " + e.status()));
        Set<String> declared = new HashSet<>();
        DOCUMENT.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().get("responses").fieldNames().forEachRemaining(status -> {
                    declared.add(operation.getKey() + " " + path.getKey() + " " + status);
                    if (status.startsWith("4") || status.startsWith("5")) {
                        JsonNode content = operation.getValue().get("responses").get(status).get("content");
                        assertTrue(content.has("application/problem+json") || path.getKey().startsWith("/health"),
                                path.getKey() + " " + status + " is not problem details");
                    }
                })));
        declared.removeAll(exercised);
        // Server states this shared site is not in: no admin token (403), a reindex running or refused (409), a corpus
        // folder gone (503), an empty index (503); AdminReindexTest, ReindexFailuresTest and HealthTest answer those.
        assertEquals(Set.of("post /api/reindex 403", "post /api/reindex 409", "post /api/reindex 503", "get /health/ready 503"), declared);
    }

    /** The schema of one response, with the document's components so that its references resolve. */
    private static JsonSchema schema(JsonNode schema) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", DOCUMENT.get("components").get("schemas"));
        root.set("allOf", Json.MAPPER.createArrayNode().add(schema));
        String text = root.toString().replace("#/components/schemas/", "#/$defs/");
        try {
            return SCHEMAS.getSchema(Json.MAPPER.readTree(text), CONFIG);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
