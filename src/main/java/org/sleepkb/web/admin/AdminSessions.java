package org.sleepkb.web.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in editors. Signing in with the admin token gives a random session id in a cookie that
 * scripts cannot read (HttpOnly), that browsers send only from this site's own pages
 * (SameSite=Strict: no cross-site form can carry it) and only over TLS when the site is reached
 * over TLS (Secure); each session also has a token of its own that every form posts back, so a
 * forged request fails even in a browser that ignores SameSite. Sessions live in memory and end
 * after {@link #LIFETIME} or at sign-out or restart.
 */
public final class AdminSessions {

    static final String COOKIE = "sleepkb_admin";
    static final String CSRF_FIELD = "csrf";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final int SECRET_BYTES = 32;

    /** One signed-in editor: the token its forms carry, and when it ends. */
    record Session(String id, String csrf, Instant expires) {
    }

    private final AdminToken token;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public AdminSessions(AdminToken token, Clock clock) {
        this.token = token;
        this.clock = clock;
    }

    boolean enabled() {
        return token.configured();
    }

    /** Starts a session when {@code presented} is the admin token, setting its cookie; false otherwise. */
    boolean signIn(Context ctx, String presented) {
        if (!token.matches(presented)) {
            return false;
        }
        Instant now = clock.instant();
        sessions.values().removeIf(session -> session.expires().isBefore(now));
        Session session = new Session(secret(), secret(), now.plus(LIFETIME));
        sessions.put(session.id(), session);
        setCookie(ctx, session.id(), LIFETIME.toSeconds());
        return true;
    }

    /** The session of this request's cookie, unless there is none or it has ended. */
    Optional<Session> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session session = id == null ? null : sessions.get(id);
        if (session == null || session.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** The session, if the request is a form of this session's pages: it carries the session's own token. */
    Optional<Session> currentForm(Context ctx) {
        String posted = ctx.formParam(CSRF_FIELD);
        return current(ctx).filter(session -> posted != null
                && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8)));
    }

    void signOut(Context ctx, Session session) {
        sessions.remove(session.id());
        setCookie(ctx, "", 0);
    }

    private static void setCookie(Context ctx, String value, long maxAgeSeconds) {
        // Behind a TLS-terminating proxy the request arrives over plain HTTP; the proxy says what the browser used.
        boolean https = "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", COOKIE + "=" + value + "; Path=/admin; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (https ? "; Secure" : ""));
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
