package org.sleepkb.web;

import io.javalin.http.Context;

/**
 * Headers every response carries. The content security policy allows scripts, styles and images
 * from this server only and no inline script or style, so even markup that slipped past escaping
 * could not run.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
