package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.sleepkb.search.EngineStatus;
import org.sleepkb.search.SearchEngine;

/**
 * {@code /health} for people and monitors, {@code /health/live} and {@code /health/ready} for
 * orchestrators: live while the process answers at all (restart it otherwise), ready while it can
 * answer searches (send it traffic), and a status that says "degraded" when it answers worse than
 * it should: the sentence model failed to load (searches by words only) or the last reindex
 * reported corpus problems (some article is missing or served at its last good version).
 */
final class ServiceHealth {

    /** How search by meaning stands: in use, vectors still being added, not asked for, or failed to load. */
    enum Semantic { ON, ADDING, OFF, FAILED }

    /** What {@code GET /health} answers. */
    record Health(String status, long articles, boolean reindexing, String indexedAt, int problems, String semantic) {
    }

    /** What {@code /health/live} and {@code /health/ready} answer. */
    record Probe(String status) {
    }

    private final SearchEngine engine;
    private final String modelProblem;

    /** @param modelProblem why the sentence model failed to load, or null when it loaded or was switched off */
    ServiceHealth(SearchEngine engine, String modelProblem) {
        this.engine = engine;
        this.modelProblem = modelProblem;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(health()));
        routes.get("/health/live", ctx -> ctx.json(new Probe("live")));
        routes.get("/health/ready", this::ready);
    }

    Health health() {
        EngineStatus status = engine.status();
        Semantic semantic = semantic();
        String verdict = semantic == Semantic.FAILED || status.problems() > 0 ? "degraded" : "ok";
        return new Health(verdict, status.articles(), status.reindexing(), status.indexedAt(), status.problems(),
                semantic.name().toLowerCase(Locale.ROOT));
    }

    private Semantic semantic() {
        if (modelProblem != null) {
            return Semantic.FAILED;
        }
        if (engine.searchesByMeaning()) {
            return Semantic.ON;
        }
        return engine.lacksVectors() ? Semantic.ADDING : Semantic.OFF;
    }

    /** Ready once the index holds an article to find; a server with an empty index should get no traffic. */
    private void ready(Context ctx) {
        if (engine.status().articles() > 0) {
            ctx.json(new Probe("ready"));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Probe("not ready: the index holds no articles"));
        }
    }
}
