package org.sleepkb.web.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every response carries. The content security policy allows scripts, styles and images
 * from this server only and no inline script or style, so even markup that slipped past escaping
 * could not run.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Header name to value, in the order they are sent. */
    static final Map<String, String> ALL = orderedHeaders();

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }

    private static Map<String, String> orderedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }
}
