package org.sleepkb.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sleepkb.search.SearchRequest;

/**
 * Reads the query string of a search ({@code q}, one parameter per facet dimension, {@code page},
 * {@code limit}) into a {@link SearchRequest}, refusing what is out of range with a message that
 * names the parameter, rather than guessing what was meant.
 */
public final class SearchParameters {

    /** Longer queries are refused: no real question needs more, and every word costs search time. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** Values per facet dimension; there are fewer than this many topics or substances. */
    static final int MAX_VALUES_PER_FACET = 30;
    static final int MAX_FACET_VALUE_LENGTH = 100;

    /** Up to nine ASCII digits, so that the value always fits an int before the range check. */
    private static final Pattern ASCII_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\x85\\u2028\\u2029]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SearchParameters() {
    }

    public static SearchRequest read(Context ctx, boolean limitAllowed) {
        String query = query(ctx, "q");
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<String> values = ctx.queryParams(dimension.parameter());
            Set<String> selected = new LinkedHashSet<>();
            for (String value : values) {
                String trimmed = value.strip();
                if (trimmed.length() > MAX_FACET_VALUE_LENGTH) {
                    throw new BadRequestResponse(dimension.parameter() + " values are at most " + MAX_FACET_VALUE_LENGTH + " characters");
                }
                if (!trimmed.isEmpty()) {
                    selected.add(trimmed);
                }
            }
            if (selected.size() > MAX_VALUES_PER_FACET) {
                throw new BadRequestResponse("at most " + MAX_VALUES_PER_FACET + " " + dimension.parameter() + " values can be combined");
            }
            if (!selected.isEmpty()) {
                filters.put(dimension.parameter(), selected);
            }
        }
        int page = number(ctx, "page", 1, SearchRequest.MAX_PAGE, 1);
        int pageSize = limitAllowed
                ? number(ctx, "limit", 1, SearchRequest.MAX_PAGE_SIZE, SearchRequest.DEFAULT_PAGE_SIZE)
                : SearchRequest.DEFAULT_PAGE_SIZE;
        return new SearchRequest(query, filters, page, pageSize, WHOLE_LIST.equals(ctx.queryParam(SearchLinks.WHOLE_LIST)));
    }

    /** The value of {@link SearchLinks#WHOLE_LIST} that asks for every match. */
    static final String WHOLE_LIST = "1";

    /**
     * The text of parameter {@code name}, empty when absent; refused when longer than
     * {@link #MAX_QUERY_LENGTH}. Control characters are dropped here, so that neither the search
     * nor the query echoed on the page or in the JSON carries them; line breaks and tabs become spaces.
     */
    public static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestResponse(name + " is " + value.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
        }
        return CONTROL.matcher(LINE_BREAKS.matcher(value).replaceAll(" ")).replaceAll("").strip();
    }

    /**
     * A whole number parameter in {@code [min, max]}, or {@code fallback} when absent or empty.
     * Only ASCII digits count: {@link Integer#parseInt} would also take other scripts' digits.
     */
    public static int number(Context ctx, String name, int min, int max, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (ASCII_NUMBER.matcher(digits).matches()) {
            int number = Integer.parseInt(digits);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw new BadRequestResponse(name + " must be a whole number from " + min + " to " + max);
    }

    /** A flag parameter: {@code true} or {@code false} exactly, false when absent; anything else is a 400. */
    public static boolean bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadRequestResponse(name + " must be true or false");
    }
}
