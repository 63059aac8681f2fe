package org.sleepkb.search.crisis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A query that reads like an emergency: what kind, in which language, and whom to call, in the
 * order to show them. The API sends {@code kind}, {@code language} and {@code lines}.
 *
 * @param banner the words of the crisis banner in {@code language}
 */
public record Crisis(CrisisKind kind, String language, List<Helpline> lines, @JsonIgnore Banner banner) {

    /**
     * The text of the crisis banner in one language.
     *
     * @param heading the banner's heading
     * @param advice  the sentence under it
     * @param article the link text of the article about getting help
     */
    public record Banner(String heading, String advice, String article) {
    }

    public Crisis {
        lines = List.copyOf(lines);
    }
}
