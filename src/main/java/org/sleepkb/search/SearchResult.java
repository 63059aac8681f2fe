package org.sleepkb.search;

import java.util.List;
import java.util.Map;
import org.sleepkb.search.crisis.Crisis;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.Combination;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param suggestion  a respelling of the query, for "did you mean", or null. When it corrects a
 *                    plain typo of a word the articles are about ("melatonim"), the hits already
 *                    include what the respelling finds
 * @param correctedFrom when the query found nothing and its respelling did, the hits are the
 *                      respelling's and this is what the person typed; otherwise null
 * @param total       the articles listed: those that answer the query, or every match when the request asks for the whole list
 * @param facets      per dimension ({@code topic}, {@code substance}, {@code evidence}, {@code risk}) the counts of the listed articles
 * @param folded      matches past the point where relevance ends, counted but not listed (docs/relevance.md)
 * @param crisis      the emergency the query suggests, with the helplines to show first, or null
 * @param about       the substances and products the query names (a product followed by its ingredients),
 *                    for the card above the hits; empty when it names none
 * @param combinations interactions between the substances the query names, most severe first
 */
public record SearchResult(
        String query,
        long total,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        String suggestion,
        String correctedFrom,
        int page,
        int pageSize,
        long folded,
        Crisis crisis,
        List<About> about,
        List<Combination> combinations,
        double tookMs) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        about = List.copyOf(about);
        combinations = List.copyOf(combinations);
    }

    /** The same answer, {@code tookMs} after the search began (an answer kept from an earlier search is quick). */
    public SearchResult answeredIn(double tookMs) {
        return new SearchResult(query, total, hits, facets, suggestion, correctedFrom, page, pageSize, folded, crisis, about,
                combinations, tookMs);
    }

    public int pages() {
        return (int) Math.min(SearchRequest.MAX_PAGE, (total + pageSize - 1) / pageSize);
    }
}
