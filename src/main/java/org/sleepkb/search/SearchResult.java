package org.sleepkb.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param suggestion  a less certain respelling of the query that finds more, for "did you mean", or null
 * @param correctedFrom when the hits are a respelling's (the typed query had a plain typo of a
 *                      word the articles are about, or found nothing), what the person typed;
 *                      {@code query} is then the respelling. Otherwise null
 * @param facets      per dimension ({@code topic}, {@code substance}, {@code evidence}, {@code risk}) the counts
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
        double tookMs) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public int pages() {
        return (int) Math.min(SearchRequest.MAX_PAGE, (total + pageSize - 1) / pageSize);
    }
}
