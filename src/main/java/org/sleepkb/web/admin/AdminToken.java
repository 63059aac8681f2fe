package org.sleepkb.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin token ({@code SLEEPKB_ADMIN_TOKEN}) that {@code POST /api/reindex} and the editors'
 * desk require. Without one, both are off, so a server started without it has no admin surface.
 */
public final class AdminToken {

    private final byte[] token;

    /** @param token the configured token, or null or blank for none */
    public AdminToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean configured() {
        return token != null;
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    boolean matches(String presented) {
        return token != null && presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
