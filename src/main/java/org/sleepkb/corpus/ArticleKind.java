package org.sleepkb.corpus;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an article is reviewed text or a promotional text kept for what it claims (front
 * matter {@code kind: claims}); safety questions list reviewed articles first.
 */
public enum ArticleKind {
    REVIEWED("reviewed"),
    CLAIMS("claims");

    private final String id;

    ArticleKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ArticleKind> fromId(String value) {
        return Arrays.stream(values()).filter(k -> k.id.equals(value)).findFirst();
    }
}
