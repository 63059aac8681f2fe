package org.sleepkb.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import org.sleepkb.corpus.CorpusReader;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;

/**
 * {@code POST /api/reindex}: brings the index up to date with the corpus folder, for callers that
 * present the admin token. Without a configured token the endpoint is off, so a server started
 * without one has no admin surface at all.
 */
final class AdminReindex {

    private static final String BEARER = "Bearer ";

    private final SearchEngine engine;
    private final Path corpus;
    private final byte[] token;

    /** @param token the admin token, or null to disable the endpoint */
    AdminReindex(SearchEngine engine, Path corpus, String token) {
        this.engine = engine;
        this.corpus = corpus;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void handle(Context ctx) throws IOException {
        if (token == null) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                    "reindexing over HTTP is disabled: start the server with SLEEPKB_ADMIN_TOKEN set to enable it");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER) || !matches(header.substring(BEARER.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("a valid admin token is required: send Authorization: Bearer <token>");
        }
        boolean full = "true".equals(ctx.queryParam("full"));
        ReindexSummary summary = engine.tryReindex(new CorpusReader().read(corpus), full)
                .orElseThrow(() -> new HttpResponseException(HttpStatus.CONFLICT.getCode(),
                        "a reindex is already running; try again when it has finished", Map.of()));
        ctx.json(summary);
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    private boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
