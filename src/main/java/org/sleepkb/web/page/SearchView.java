package org.sleepkb.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.TopicCount;
import org.sleepkb.search.crisis.Crisis;

/**
 * A results page: the result with its links (facets to add or remove, pages, respelling), the
 * crisis banner flag, and what to offer when nothing matched.
 *
 * @param crisis      the emergency the query suggests, whose banner comes first, or null
 * @param suggestions autocomplete entries for the query, offered when nothing matched
 * @param topics      every topic, offered when nothing matched
 */
public record SearchView(SearchRequest request, SearchResult result, List<HitView> hits, SearchLinks links, List<FacetGroup> facets,
                         Pagination pagination, Crisis crisis, List<SuggestionLink> suggestions, List<TopicCount> topics) {

    /** One facet dimension with its values as links that add or remove the value. */
    public record FacetGroup(FacetDimension dimension, List<FacetLink> values) {
    }

    /** One facet value: its label, the number of hits it would give, and the link that toggles it. */
    public record FacetLink(String label, long count, boolean selected, String href) {
    }

    /** A selected filter, shown above the results with a link that removes it. */
    public record ActiveFilter(String dimension, String label, String removeHref) {
    }

    public SearchView {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        suggestions = List.copyOf(suggestions);
        topics = List.copyOf(topics);
    }

    static SearchView of(SearchRequest request, SearchResult result, List<HitView> hits, List<SuggestionLink> suggestions, List<TopicCount> topics) {
        SearchLinks links = new SearchLinks(request);
        List<FacetGroup> facets = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetLink> values = result.facets().getOrDefault(dimension.parameter(), List.of()).stream()
                    .filter(count -> count.count() > 0 || count.selected())
                    .map(count -> new FacetLink(count.label(), count.count(), count.selected(), links.toggle(dimension, count.value())))
                    .toList();
            if (!values.isEmpty()) {
                facets.add(new FacetGroup(dimension, values));
            }
        }
        return new SearchView(request, result, hits, links, facets, Pagination.of(result.page(), result.pages(), links::page),
                result.crisis(), suggestions, topics);
    }

    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> active = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            for (FacetCount count : result.facets().getOrDefault(dimension.parameter(), List.of())) {
                if (count.selected()) {
                    active.add(new ActiveFilter(dimension.label(), count.label(), links.toggle(dimension, count.value())));
                }
            }
        }
        return active;
    }

    /** The card above the hits about the substances and products the query names, or null. */
    public AboutCard card() {
        return AboutCard.of(result);
    }

    /** Rank of the first hit on this page, counting from 1. */
    public int firstRank() {
        return (result.page() - 1) * result.pageSize() + 1;
    }

    public String took() {
        double ms = result.tookMs();
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** The heading of the page, e.g. "12 results for “kratom”". */
    public String summary() {
        String count = result.total() == 1 ? "1 result" : String.format(Locale.ROOT, "%,d results", result.total());
        return result.query().isBlank() ? count : count + " for “" + result.query() + "”";
    }
}
