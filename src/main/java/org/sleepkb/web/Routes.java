package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * How the site's routes are registered. Every page and API read answers {@code GET} and
 * {@code HEAD} with the same handler (for {@code HEAD} Jetty sends the status and headers without
 * the body), so a {@code HEAD} sees the real 404 or content type; the only other method is the
 * {@code POST} of {@link #REINDEX}, which a {@code 405}'s {@code Allow} header names.
 */
final class Routes {

    static final String REINDEX = "/api/reindex";

    private Routes() {
    }

    static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The methods {@code path} answers, for the {@code Allow} header of a 405. */
    static String allowed(String path) {
        return REINDEX.equals(path) ? "POST" : "GET, HEAD";
    }
}
