package org.sleepkb.search.crisis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What kind of danger a query suggests, in the order they are tried: a query that names an
 * amount and dying ("how many pills to die") is an overdose first.
 */
public enum CrisisKind {
    OVERDOSE("getting-help-and-crisis-support", "combining-sedatives"),
    SUICIDE("getting-help-and-crisis-support"),
    MEDICAL("getting-help-and-crisis-support");

    private final List<String> articles;

    CrisisKind(String... articles) {
        this.articles = List.of(articles);
    }

    /** The articles that help in this kind of crisis, listed first in its results whatever the words match. */
    public List<String> articles() {
        return articles;
    }

    /** The name used in the resource files and in the API: {@code overdose}, {@code suicide}, {@code medical}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CrisisKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
