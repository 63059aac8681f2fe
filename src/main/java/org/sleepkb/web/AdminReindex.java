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
import org.sleepkb.index.IndexLockedException;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexFailure;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;

/**
 * {@code POST /api/reindex}: brings the index up to date with the corpus folder, for callers that
 * present the admin token. Without a configured token the endpoint is off, so a server started
 * without one has no admin surface at all.
 */
final class AdminReindex {

    private static final String BEARER = "bearer ";

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
        // The scheme name is case-insensitive (RFC 9110, section 11.1); the token is not.
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !matches(header.substring(BEARER.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("a valid admin token is required: send Authorization: Bearer <token>");
        }
        boolean full = SearchParameters.bool(ctx, "full");
        boolean allowMassRemoval = SearchParameters.bool(ctx, "allowMassRemoval");
        ReindexSummary summary;
        try {
            summary = engine.tryReindex(() -> new CorpusReader().readForIndex(corpus), full, allowMassRemoval)
                    .orElseThrow(() -> conflict("a reindex is already running; try again when it has finished"));
        } catch (IndexLockedException e) {
            throw conflict(e.getMessage());
        } catch (MassRemovalException e) {
            throw conflict(e.getMessage());
        } catch (IOException e) {
            // A missing corpus folder, a full disk, a read-only index: the server's to fix, and the
            // previous index stays in use.
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "the reindex failed and changed nothing: " + ReindexFailure.describe(e), Map.of());
        }
        ctx.json(summary);
    }

    private static HttpResponseException conflict(String message) {
        return new HttpResponseException(HttpStatus.CONFLICT.getCode(), message, Map.of());
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    private boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
