package org.sleepkb.web.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to requests Jetty refuses before any route sees them: a NUL byte or broken UTF-8 in
 * the path, an oversized header. (A path that climbs above the site root is a 404 instead, see
 * {@link SiteRootConnections}.) They get a short plain-text explanation with the usual security headers
 * instead of Jetty's own error page, which names the server and carries none of them.
 */
public final class MalformedRequests extends ErrorHandler {

    public MalformedRequests() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        SecurityHeaders.ALL.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        String reason = HttpStatus.getMessage(code).toLowerCase(Locale.ROOT);
        String text = code + " " + reason + ": " + explanation(code)
                + "\nsleepkb gives information, not medical advice.\n";
        response.write(true, BufferUtil.toBuffer(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String explanation(int code) {
        return code == HttpStatus.BAD_REQUEST_400
                ? "this address cannot be read (it holds a NUL byte or broken encoding)"
                : "the request was refused";
    }
}
