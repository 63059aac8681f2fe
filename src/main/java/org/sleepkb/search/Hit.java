package org.sleepkb.search;

import java.util.List;
import org.sleepkb.search.safety.HitSafety;

/**
 * One search result.
 *
 * @param snippet the best passage as HTML: all text escaped, matched words in {@code <mark>}
 * @param section the heading under which the best passage stands, or null for the introduction
 * @param matchesWords false when the article holds none of the words searched for: search by meaning
 *                or widening by feedback found it (docs/relevance.md); true for a list without words
 * @param safety  the compact safety panel; the article's page has the full profiles
 */
public record Hit(
        String slug,
        String title,
        String summary,
        String snippet,
        float score,
        List<String> topics,
        List<String> substances,
        Section section,
        boolean matchesWords,
        HitSafety safety) {
}
