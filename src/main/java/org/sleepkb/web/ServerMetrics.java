package org.sleepkb.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sleepkb.search.SearchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GET /metrics} reports, in Prometheus' text format, and the access log: every request
 * is counted and timed by method, route template and status, and logged as one line of those and
 * its milliseconds. Neither ever holds a query, a path as typed or an address: what people search
 * for about their health is theirs (query insights are aggregated apart, see {@link org.sleepkb.insights.QueryInsights}).
 */
final class ServerMetrics {

    /** The access log has a logger of its own, so it can be turned down or routed apart. */
    private static final Logger ACCESS = LoggerFactory.getLogger("sleepkb.access");
    /**
     * The routes whose latency is also kept as a histogram, for percentiles over many servers (a
     * family of its own: Prometheus does not allow buckets on some series of a family only).
     */
    private static final Set<String> SEARCH_ROUTES = Set.of("/api/search", "/search");
    private static final Duration[] SEARCH_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5)};
    /** The route of a request no route matched: the path as typed could be anything, so it is not a label. */
    static final String UNMATCHED = "unmatched";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ServerMetrics(SearchEngine engine) {
        Gauge.builder("sleepkb.index.articles", () -> engine.status().articles()).description("articles a search can find").register(registry);
        Gauge.builder("sleepkb.reindex.running", () -> engine.status().reindexing() ? 1 : 0).description("1 while a reindex runs").register(registry);
        Gauge.builder("sleepkb.reindex.last.duration", () -> engine.lastReindex().map(s -> s.took().toNanos() / 1e9).orElse(Double.NaN))
                .baseUnit("seconds").description("how long the last reindex of this process took").register(registry);
        Gauge.builder("sleepkb.reindex.last.problems", () -> engine.lastReindex().map(s -> (double) s.problems().size()).orElse(Double.NaN))
                .description("corpus problems the last reindex reported; above 0, a file needs fixing").register(registry);
        Gauge.builder("sleepkb.reindex.last.kept", () -> engine.lastReindex().map(s -> (double) s.kept()).orElse(Double.NaN))
                .description("broken articles served at their last good version").register(registry);
        FunctionCounter.builder("sleepkb.result.cache.lookups", engine, s -> s.cacheStatistics().hits())
                .tag("result", "hit").description("searches answered from the kept answers or computed").register(registry);
        FunctionCounter.builder("sleepkb.result.cache.lookups", engine, s -> s.cacheStatistics().misses())
                .tag("result", "miss").description("searches answered from the kept answers or computed").register(registry);
        Gauge.builder("sleepkb.result.cache.hit.ratio", engine, s -> s.cacheStatistics().hitRatio())
                .description("share of searches answered from the kept answers since the start").register(registry);
        Gauge.builder("sleepkb.embedding.queue", engine::embeddingQueue)
                .description("texts waiting for the sentence model").register(registry);
        Gauge.builder("sleepkb.semantic.ready", () -> engine.searchesByMeaning() ? 1 : 0)
                .description("1 when searches use the sentence model's vectors").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Counts, times and logs one answered request (Javalin's request logger). */
    void record(Context ctx, Float milliseconds) {
        String route = route(ctx);
        int status = ctx.statusCode();
        long nanos = (long) (milliseconds * 1_000_000);
        Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", Integer.toString(status)).description("HTTP requests by method, route template and status")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        if (SEARCH_ROUTES.contains(route)) {
            Timer.builder("sleepkb.search.latency").tag("route", route).serviceLevelObjectives(SEARCH_BUCKETS)
                    .description("time to answer a search, as a histogram").register(registry).record(nanos, TimeUnit.NANOSECONDS);
        }
        ACCESS.info("{} {} {} {} ms", ctx.method().name(), route, status, Math.round(milliseconds));
    }

    /** The route template ({@code /articles/{slug}}), never the path as typed. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        if (ctx.path().startsWith(WebServer.STATIC_PATH + "/") && ctx.statusCode() != 404) {
            return WebServer.STATIC_PATH + "/*";
        }
        return UNMATCHED;
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }
}
