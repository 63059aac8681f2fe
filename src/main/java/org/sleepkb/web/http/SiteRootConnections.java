package org.sleepkb.web.http;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.URIUtil;

/**
 * HTTP/1.1 connections that answer a path climbing above the site root
 * ({@code /articles/../../etc/passwd}, {@code /%2e%2e/pom.xml}) like any other address with
 * nothing behind it: 404. Jetty refuses to name such a path at all (its URI parser throws before
 * any handler runs, and the error handler only sees a placeholder), which would make it a 400
 * unlike traversal inside the site; here the request is given a path no route serves instead, so
 * the site's own "not found" answer (page or JSON) goes out. Other unreadable paths (a NUL byte,
 * broken encoding) stay 400s, see {@link MalformedRequests}.
 */
public final class SiteRootConnections extends HttpConnectionFactory {

    /** Served by no route: what a path outside the site is answered as. */
    static final String OUTSIDE_THE_SITE = "/outside-the-site";

    public SiteRootConnections(HttpConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
            @Override
            protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
                try {
                    return super.newHttpStream(method, uri, version);
                } catch (IllegalArgumentException unreadable) {
                    if (uri == null || !climbsAboveRoot(uri)) {
                        throw unreadable;
                    }
                    return super.newHttpStream(method, insideTheSite(uri), version);
                }
            }
        };
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** True when the path of a request target, dots decoded, leaves the root by its {@code ..} segments. */
    static boolean climbsAboveRoot(String target) {
        String path = target.split("[?#]", 2)[0];
        if (!path.startsWith("/")) {
            return false; // absolute-form and asterisk targets are Jetty's to judge
        }
        return URIUtil.canonicalPath(path.replace("%2e", ".").replace("%2E", ".")) == null;
    }

    /** The API answers in JSON, so a path that was meant for it stays under it. */
    private static String insideTheSite(String target) {
        return target.startsWith("/api/") ? "/api" + OUTSIDE_THE_SITE : OUTSIDE_THE_SITE;
    }
}
