package org.sleepkb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.sleepkb.io.Json;

/**
 * The requests of the build's training launch for the application class-data archive
 * ({@code serve --train-class-archive}, run by {@code pom.xml}; docs/performance.md): what a first
 * visitor asks of a server that has just started. The JVM that writes the archive when it exits
 * has then loaded the classes that a start and a first answer need (Jetty, Javalin, the
 * templates, Lucene's search, the sentence model), and the next launches map them instead of
 * loading them one by one from the jar. Every request must answer 200: a training that saw
 * error pages would archive the wrong classes, so the build stops and says which request failed.
 * The requests go through {@link HttpURLConnection}, whose classes {@code serve} loads anyway;
 * {@code java.net.http.HttpClient} would add some 500 classes (TLS included) that no server uses.
 */
final class ClassArchiveTraining {

    private static final String QUERY = "melatonin";
    private static final int PATIENCE_MS = 30_000;

    private final URI server;

    ClassArchiveTraining(URI server) {
        this.server = server;
    }

    /** Asks for a search by the API, the same search as a page, and the first hit's article; returns what it asked for. */
    String visit() throws IOException {
        String answer = get("api/search?q=" + QUERY);
        String slug = Json.MAPPER.readTree(answer).path("hits").path(0).path("slug").asText();
        if (slug.isEmpty()) {
            throw new IllegalStateException("the training search for " + QUERY + " found no article; is the corpus empty?");
        }
        get("search?q=" + QUERY);
        get("articles/" + slug);
        return "/api/search?q=" + QUERY + ", /search?q=" + QUERY + " and /articles/" + slug;
    }

    private String get(String path) throws IOException {
        URI address = server.resolve(path);
        HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
        connection.setConnectTimeout(PATIENCE_MS);
        connection.setReadTimeout(PATIENCE_MS);
        try {
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("the training request " + address + " answered " + connection.getResponseCode());
            }
            try (InputStream body = connection.getInputStream()) {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            connection.disconnect();
        }
    }
}
