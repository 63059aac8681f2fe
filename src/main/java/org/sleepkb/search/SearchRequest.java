package org.sleepkb.search;

import java.util.Map;
import java.util.Set;

/**
 * A search as a person asked for it: the words, the facet values selected per dimension (values
 * of one dimension are alternatives, dimensions combine), and the page wanted.
 *
 * @param page      1-based
 * @param wholeList true to list every match, past the point where relevance ends (docs/relevance.md)
 */
public record SearchRequest(String query, Map<String, Set<String>> filters, int page, int pageSize, boolean wholeList) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deep pages are refused rather than served slowly: nobody reads result 5,000. */
    public static final int MAX_PAGE = 100;
    /** Longer queries are cut at a word boundary: nobody types more, and each word costs query clauses. */
    public static final int MAX_QUERY_LENGTH = 500;

    /** A search that lists the articles that answer it and counts the rest. */
    public SearchRequest(String query, Map<String, Set<String>> filters, int page, int pageSize) {
        this(query, filters, page, pageSize, false);
    }

    public SearchRequest {
        query = cut(query == null ? "" : query.strip());
        filters = Map.copyOf(filters);
        page = Math.max(1, Math.min(page, MAX_PAGE));
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    /** {@code query} cut to at most {@link #MAX_QUERY_LENGTH} characters, at a space when there is one. */
    private static String cut(String query) {
        if (query.length() <= MAX_QUERY_LENGTH) {
            return query;
        }
        int space = query.lastIndexOf(' ', MAX_QUERY_LENGTH);
        return query.substring(0, space > 0 ? space : MAX_QUERY_LENGTH).strip();
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 1, DEFAULT_PAGE_SIZE);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), 1, limit);
    }

    /** Every article with one facet value, e.g. every article on a topic, a page at a time. */
    public static SearchRequest browse(String dimension, String value, int page) {
        return new SearchRequest("", Map.of(dimension, Set.of(value)), page, DEFAULT_PAGE_SIZE);
    }

    public Set<String> selected(String dimension) {
        return filters.getOrDefault(dimension, Set.of());
    }

    public boolean hasFilters() {
        return filters.values().stream().anyMatch(values -> !values.isEmpty());
    }
}
