package org.sleepkb.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.sleepkb.io.Json;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.QueryTooComplexException;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.web.page.Site;
import org.sleepkb.web.http.SiteRootConnections;
import org.sleepkb.web.http.MalformedRequests;
import org.sleepkb.web.admin.CorpusWatcher;
import org.sleepkb.web.admin.AdminToken;
import org.sleepkb.web.http.AllowedHosts;
import org.sleepkb.web.http.ErrorResponses;
import org.sleepkb.web.page.Pages;
import org.sleepkb.web.admin.AdminReindex;
import org.sleepkb.web.http.SecurityHeaders;
import org.sleepkb.web.http.Views;
import org.sleepkb.web.http.Routes;
import org.sleepkb.web.api.Api;
import org.sleepkb.web.admin.EditorsDesk;
import org.sleepkb.web.admin.AdminSessions;

/**
 * The HTTP server: HTML pages, the JSON API and static assets over one {@link SearchEngine}, with
 * security headers on every response and every error mapped to a page or a JSON body.
 */
public final class WebServer implements AutoCloseable {

    /** Where the stylesheet and scripts are served from. */
    static final String STATIC_PATH = "/static";
    /** Static files change only with a release, so browsers may keep them a day. */
    private static final String STATIC_CACHE = "public, max-age=86400";
    /** Prometheus' text exposition format. */
    static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /**
     * How to run the server.
     *
     * @param adminToken   the token {@code POST /api/reindex} and the editors' desk require, or null to disable both
     * @param allowedHosts the {@code Host} names answered besides the defaults (see {@link AllowedHosts})
     * @param modelProblem why the sentence model failed to load, or null; {@code /health} then says "degraded"
     * @param insights     where searches are counted for the editors' desk ({@link QueryInsights#off()} to count none)
     */
    public record Options(String host, int port, Path corpus, String adminToken, Clock clock, List<String> allowedHosts,
                          String modelProblem, QueryInsights insights) {

        /** With the default allowed hosts: {@code host}, {@code localhost} and {@code 127.0.0.1}. */
        public Options(String host, int port, Path corpus, String adminToken, Clock clock) {
            this(host, port, corpus, adminToken, clock, List.of());
        }

        /** A server whose sentence model loaded (or was switched off), counting query insights in memory. */
        public Options(String host, int port, Path corpus, String adminToken, Clock clock, List<String> allowedHosts) {
            this(host, port, corpus, adminToken, clock, allowedHosts, null, QueryInsights.inMemory(clock));
        }

        public static Options local(int port, Path corpus, String adminToken) {
            return new Options("127.0.0.1", port, corpus, adminToken, Clock.systemDefaultZone());
        }
    }

    private final Javalin app;
    private final ServiceHealth health;

    private WebServer(Javalin app, ServiceHealth health) {
        this.app = app;
        this.health = health;
    }

    /** Lets {@code /health} report how {@code watcher} is doing. */
    public void report(CorpusWatcher watcher) {
        health.report(watcher::state);
    }

    /** Starts serving; port 0 picks a free port, see {@link #port()}. */
    public static WebServer start(SearchEngine engine, Options options) {
        Views views = new Views();
        Site site = new Site(engine, options.clock(), options.insights());
        Pages pages = new Pages(site, views);
        AdminToken token = new AdminToken(options.adminToken());
        AdminReindex reindex = new AdminReindex(engine, options.corpus(), token);
        Api api = new Api(site, engine, reindex);
        ServiceHealth health = new ServiceHealth(engine, options.modelProblem());
        EditorsDesk desk = new EditorsDesk(site, new AdminSessions(token, options.clock()), reindex, options.insights(), views);
        ErrorResponses errors = new ErrorResponses(views);
        ServerMetrics metrics = new ServerMetrics(engine);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
            // A response that fits the output buffer goes out in one write with its Content-Length,
            // rather than chunked in two (a page of search results is 16 KB, over the 8 KB default).
            config.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new SiteRootConnections(http));
                connector.setHost(options.host());
                connector.setPort(options.port());
                return connector;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = STATIC_PATH;
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", STATIC_CACHE);
            });
            config.router.handlerWrapper(ErrorResponses::catchingErrors);
            config.requestLogger.http(metrics::record);
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(new AllowedHosts(options.host(), options.allowedHosts())::check);
            Routes.get(config.routes, "/metrics", ctx -> ctx.contentType(METRICS_TYPE).result(metrics.scrape()));
            pages.register(config.routes);
            api.register(config.routes);
            health.register(config.routes);
            desk.register(config.routes);
            config.routes.exception(HttpResponseException.class, errors::expected);
            config.routes.exception(QueryTooComplexException.class, errors::tooComplex);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::status);
            config.routes.error(405, errors::status);
        });
        app.start();
        return new WebServer(app, health);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
