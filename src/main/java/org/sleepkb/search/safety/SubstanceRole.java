package org.sleepkb.search.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an article is about a substance (its front matter says so) or only mentions it. */
public enum SubstanceRole {
    SUBJECT("subject"),
    MENTIONED("mentioned");

    private final String id;

    SubstanceRole(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
