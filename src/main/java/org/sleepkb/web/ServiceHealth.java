package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.function.Supplier;
import org.sleepkb.search.EngineStatus;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.web.http.Routes;

/**
 * {@code /health} for people and monitors, {@code /health/live} and {@code /health/ready} for
 * orchestrators: live while the process answers at all (restart it otherwise), ready while it can
 * answer searches (send it traffic), and a status that says "degraded" when it answers worse than
 * it should: the last reindex attempt failed (and changed nothing), the last reindex reported
 * corpus problems (some article is missing or served at its last good version), or the sentence
 * model failed to load (searches by words only).
 */
final class ServiceHealth {

    /** How search by meaning stands: in use, vectors still being added, not asked for, or failed to load. */
    enum Semantic { ON, ADDING, OFF, FAILED }

    /** What {@code GET /health} answers. */
    record Health(String status, long articles, boolean reindexing, String indexedAt, int problems, String lastError,
                  String watch, String semantic) {
    }

    /** What {@code /health/live} and {@code /health/ready} answer. */
    record Probe(String status) {
    }

    private final SearchEngine engine;
    private final String modelProblem;
    private volatile Supplier<String> watcher = () -> "off";

    /** @param modelProblem why the sentence model failed to load, or null when it loaded or was switched off */
    ServiceHealth(SearchEngine engine, String modelProblem) {
        this.engine = engine;
        this.modelProblem = modelProblem;
    }

    void register(RoutesConfig routes) {
        Routes.get(routes, "/health", ctx -> ctx.json(health()));
        Routes.get(routes, "/health/live", ctx -> ctx.json(new Probe("live")));
        Routes.get(routes, "/health/ready", this::ready);
    }

    /** Tells {@code /health} how the corpus watcher is doing, when there is one. */
    void report(Supplier<String> watcherState) {
        this.watcher = watcherState;
    }

    private Health health() {
        EngineStatus status = engine.status();
        Semantic semantic = semantic();
        boolean degraded = status.lastError() != null || status.problems() > 0 || semantic == Semantic.FAILED;
        return new Health(degraded ? "degraded" : "ok", status.articles(), status.reindexing(), status.indexedAt(),
                status.problems(), status.lastError(), watcher.get(), semantic.name().toLowerCase(Locale.ROOT));
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
