package org.sleepkb.web.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexLockedException;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexFailure;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.web.page.SearchParameters;

/**
 * {@code POST /api/reindex}: brings the index up to date with the corpus folder, for callers that
 * present the admin token. Without a configured token the endpoint is off, so a server started
 * without one has no admin surface at all. The editors' desk's button runs the same reindex.
 */
public final class AdminReindex {

    private static final String BEARER = "bearer ";

    private final SearchEngine engine;
    private final Path corpus;
    private final AdminToken token;

    public AdminReindex(SearchEngine engine, Path corpus, AdminToken token) {
        this.engine = engine;
        this.corpus = corpus;
        this.token = token;
    }

    public void handle(Context ctx) throws IOException {
        if (!token.configured()) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                    "reindexing over HTTP is disabled: start the server with SLEEPKB_ADMIN_TOKEN set to enable it");
        }
        String header = ctx.header("Authorization");
        // The scheme name is case-insensitive (RFC 9110, section 11.1); the token is not.
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !token.matches(header.substring(BEARER.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("a valid admin token is required: send Authorization: Bearer <token>");
        }
        ctx.json(run(SearchParameters.bool(ctx, "full"), SearchParameters.bool(ctx, "allowMassRemoval")));
    }

    /**
     * Reindexes the corpus folder; a 409 while another reindex runs or when it would remove most
     * articles without {@code allowMassRemoval}, a 503 when it failed (the previous index stays in use).
     */
    ReindexSummary run(boolean full, boolean allowMassRemoval) {
        try {
            return engine.tryReindex(() -> new CorpusReader().readForIndex(corpus), full, allowMassRemoval)
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
    }

    private static HttpResponseException conflict(String message) {
        return new HttpResponseException(HttpStatus.CONFLICT.getCode(), message, Map.of());
    }
}
