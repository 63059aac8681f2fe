package org.sleepkb.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * How the site's routes are registered. Every page and API read answers {@code GET} and
 * {@code HEAD} with the same handler (for {@code HEAD} Jetty sends the status and headers without
 * the body), so a {@code HEAD} sees the real 404 or content type; the only other method is the
 * {@code POST} of {@link #REINDEX} and of the editors' desk's forms, which a {@code 405}'s
 * {@code Allow} header names.
 */
public final class Routes {

    public static final String REINDEX = "/api/reindex";
    /** The editors' desk's sign-in: its form ({@code GET}) and where the form goes ({@code POST}). */
    public static final String SIGN_IN = "/admin/sign-in";
    /** Paths that only take {@code POST}. */
    private static final Set<String> POSTED = Set.of(REINDEX, "/admin/reindex", "/admin/sign-out");

    private Routes() {
    }

    public static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The methods {@code path} answers, for the {@code Allow} header of a 405. */
    static String allowed(String path) {
        if (SIGN_IN.equals(path)) {
            return "GET, HEAD, POST";
        }
        return POSTED.contains(path) ? "POST" : "GET, HEAD";
    }
}
