package org.sleepkb.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.file.Path;
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
    private final AdminToken token;

    AdminReindex(SearchEngine engine, Path corpus, AdminToken token) {
        this.engine = engine;
        this.corpus = corpus;
        this.token = token;
    }

    void handle(Context ctx) throws IOException {
        if (!token.configured()) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                    "reindexing over HTTP is disabled: start the server with SLEEPKB_ADMIN_TOKEN set to enable it");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER) || !token.matches(header.substring(BEARER.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("a valid admin token is required: send Authorization: Bearer <token>");
        }
        ctx.json(run("true".equals(ctx.queryParam("full"))));
    }

    /** Reindexes the corpus folder, or answers 409 while another reindex runs; also the editors' desk's button. */
    ReindexSummary run(boolean full) throws IOException {
        return engine.tryReindex(new CorpusReader().read(corpus), full)
                .orElseThrow(() -> new HttpResponseException(HttpStatus.CONFLICT.getCode(),
                        "a reindex is already running; try again when it has finished", Map.of()));
    }
}
