package org.sleepkb.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.OptionalInt;
import org.sleepkb.search.QueryTooComplexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an answer people can act on: problem details (RFC 9457,
 * {@code application/problem+json}) for the API, an HTML page for everything else. Stack traces
 * go to the server log, never to the client.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** RFC 9457's media type for problem details. */
    static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The body of an API error: RFC 9457 problem details. {@code type} is {@code about:blank}, so
     * {@code title} is the status's standard phrase; {@code detail} says what went wrong with this
     * request and what to do.
     */
    record ProblemDetails(String type, String title, int status, String detail) {

        static ProblemDetails of(int status, String detail) {
            // Javalin shortens 500's phrase to "Server Error"; with about:blank the title is RFC 9110's phrase.
            String phrase = status == 500 ? "Internal Server Error" : HttpStatus.forStatus(status).getMessage();
            return new ProblemDetails("about:blank", phrase, status, detail);
        }
    }

    private final Views views;
    private final LogThrottle throttle = new LogThrottle();

    public ErrorResponses(Views views) {
        this.views = views;
    }

    public void expected(HttpResponseException e, Context ctx) {
        respond(ctx, e.getStatus(), e.getMessage());
    }

    /** A query Lucene will not run is the asker's to shorten, so a 400 that says so. */
    public void tooComplex(QueryTooComplexException e, Context ctx) {
        respond(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage());
    }

    public void unexpected(Exception e, Context ctx) {
        Throwable failure = e instanceof HandlerError error ? error.getCause() : e;
        OptionalInt repeats = throttle.admit(failure);
        if (repeats.isPresent()) {
            LOG.error("{} {} failed{}", ctx.method(), ctx.path(),
                    repeats.getAsInt() == 0 ? "" : " (and " + repeats.getAsInt() + " times more in the last minute without a trace)", failure);
        }
        respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "something went wrong on our side; please try again");
    }

    /**
     * An {@link Error} (a stack overflow, memory running out) thrown by a handler, carried as an
     * exception so that it gets the same error page or JSON as any other failure instead of
     * Jetty's empty answer.
     */
    static final class HandlerError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HandlerError(Error cause) {
            super(cause);
        }
    }

    /** Wraps an endpoint's handler so that an {@link Error} it throws becomes a {@link HandlerError}. */
    public static Handler catchingErrors(Endpoint endpoint) {
        return ctx -> {
            try {
                endpoint.handler.handle(ctx);
            } catch (Error e) {
                throw new HandlerError(e);
            }
        };
    }

    /** For statuses set without an exception, such as a route that does not exist. */
    public void status(Context ctx) {
        if (ctx.statusCode() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            ctx.header("Allow", Routes.allowed(ctx.path()));
        }
        if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, ctx.statusCode(), defaultMessage(ctx.statusCode()));
        }
    }

    private void respond(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() || isMissingRoute(status, message) ? defaultMessage(status) : message;
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(ProblemDetails.of(status, text)).contentType(PROBLEM_JSON);
        } else {
            Views.html(ctx, views.render("error.jte", new ErrorView(status, title(status), text)));
        }
    }

    /**
     * Javalin words a missing route for developers ("Endpoint GET /x not found"), naming the path it
     * routed, which for a path above the site root is {@link SiteRootConnections}'s stand-in, not
     * what was asked; every missing address gets the same plain answer.
     */
    private static boolean isMissingRoute(int status, String message) {
        return status == 404 && message.startsWith("Endpoint ");
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/health") || ctx.path().startsWith("/health/");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request could not be understood";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            default -> status >= 500 ? "Something went wrong" : "The request was refused";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not accept that method";
            default -> HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
        };
    }
}
