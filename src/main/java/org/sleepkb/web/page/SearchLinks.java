package org.sleepkb.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sleepkb.search.SearchRequest;

/**
 * The links a results page offers from the search it shows: the same search with a facet value
 * added or removed, another page, or another spelling. Parameters come out in one fixed order, so
 * equal searches have equal URLs.
 */
public final class SearchLinks {

    static final String SEARCH_PATH = "/search";
    /** The parameter that lists every match, past the point where relevance ends. */
    static final String WHOLE_LIST = "all";

    private final SearchRequest request;

    SearchLinks(SearchRequest request) {
        this.request = request;
    }

    /** This search with {@code value} of {@code dimension} selected, or removed when it is selected. */
    public String toggle(FacetDimension dimension, String value) {
        Map<String, Set<String>> filters = new LinkedHashMap<>(request.filters());
        Set<String> values = new HashSet<>(request.selected(dimension.parameter()));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(dimension.parameter(), values);
        return href(request.query(), filters, 1, request.wholeList());
    }

    public String page(int page) {
        return href(request.query(), request.filters(), page, request.wholeList());
    }

    /** This search listing every match, from the first page after the articles that answer it. */
    public String wholeList(long listed) {
        return href(request.query(), request.filters(), (int) (listed / request.pageSize()) + 1, true);
    }

    /** Another query with the same filters, e.g. the "did you mean" spelling. */
    public String query(String query) {
        return href(query, request.filters(), 1);
    }

    public String withoutFilters() {
        return href(request.query(), Map.of(), 1);
    }

    public static String href(String query, Map<String, Set<String>> filters, int page) {
        return href(query, filters, page, false);
    }

    private static String href(String query, Map<String, Set<String>> filters, int page, boolean wholeList) {
        List<String> parameters = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            parameters.add("q=" + encode(query));
        }
        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : new TreeSet<>(filters.getOrDefault(dimension.parameter(), Set.of()))) {
                parameters.add(dimension.parameter() + "=" + encode(value));
            }
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        if (wholeList) {
            parameters.add(WHOLE_LIST + "=" + SearchParameters.WHOLE_LIST);
        }
        return parameters.isEmpty() ? SEARCH_PATH : SEARCH_PATH + "?" + String.join("&", parameters);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
