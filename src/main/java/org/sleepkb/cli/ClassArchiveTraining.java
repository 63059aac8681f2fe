package org.sleepkb.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.sleepkb.Json;

/**
 * The requests of the build's training launch for the application class-data archive
 * ({@code serve --train-class-archive}, run by {@code pom.xml}; docs/performance.md): what a first
 * visitor asks of a server that has just started. The JVM that writes the archive when it exits
 * has then loaded the classes that a start and a first answer need (Jetty, Javalin, the
 * templates, Lucene's search, the sentence model), and the next launches map them instead of
 * loading them one by one from the jar. Every request must answer 200: a training that saw
 * error pages would archive the wrong classes, so the build stops and says which request failed.
 */
final class ClassArchiveTraining {

    private static final String QUERY = "melatonin";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE).build();
    private final URI server;

    ClassArchiveTraining(URI server) {
        this.server = server;
    }

    /** Asks for a search by the API, the same search as a page, and the first hit's article; returns what it asked for. */
    String visit() throws IOException, InterruptedException {
        String answer = get("api/search?q=" + QUERY);
        String slug = Json.MAPPER.readTree(answer).path("hits").path(0).path("slug").asText();
        if (slug.isEmpty()) {
            throw new IllegalStateException("the training search for " + QUERY + " found no article; is the corpus empty?");
        }
        get("search?q=" + QUERY);
        get("articles/" + slug);
        return "/api/search?q=" + QUERY + ", /search?q=" + QUERY + " and /articles/" + slug;
    }

    private String get(String path) throws IOException, InterruptedException {
        URI address = server.resolve(path);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(address).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the training request " + address + " answered " + response.statusCode());
        }
        return response.body();
    }
}
