package org.sleepkb.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers only requests addressed to a name this server is meant to be reached by. A web page
 * on another site can point its own domain name at 127.0.0.1 (DNS rebinding) and then read
 * the local API as if it were its own origin; its requests still carry that domain in the
 * {@code Host} header, so they get a 421 here. Allowed: the address the server is bound to,
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]}, plus the names configured with
 * {@code serve --allowed-hosts} (the public name behind a reverse proxy).
 */
public final class AllowedHosts {

    static final int MISDIRECTED_REQUEST = 421;

    private final Set<String> names = new HashSet<>();

    public AllowedHosts(String boundHost, List<String> configured) {
        for (String name : List.of(boundHost, "localhost", "127.0.0.1", "::1")) {
            names.add(normal(name));
        }
        configured.stream().map(AllowedHosts::normal).filter(n -> !n.isEmpty()).forEach(names::add);
    }

    public void check(Context ctx) {
        String host = ctx.header("Host");
        // HTTP/1.0 may omit the header; a browser (and so a rebinding page) always sends it.
        if (host != null && !names.contains(normal(withoutPort(host)))) {
            throw new HttpResponseException(MISDIRECTED_REQUEST,
                    "this server does not answer for the host name in the request; add it with serve --allowed-hosts", Map.of());
        }
    }

    private static String withoutPort(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
    }

    private static String normal(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        n = n.startsWith("[") && n.endsWith("]") ? n.substring(1, n.length() - 1) : n;
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
