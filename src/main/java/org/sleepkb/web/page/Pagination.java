package org.sleepkb.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links under a list of results: previous, a window of numbered pages around the
 * current one (always with the first and last), next.
 *
 * @param previous null on the first page
 * @param next     null on the last page
 */
public record Pagination(Link previous, List<Link> pages, Link next) {

    private static final int WINDOW = 2;

    /** One page link; {@code href} is null for a gap ("…") between numbers. */
    public record Link(String label, String href, boolean current) {
    }

    public Pagination {
        pages = List.copyOf(pages);
    }

    static Pagination of(int current, int last, IntFunction<String> href) {
        if (last <= 1) {
            return new Pagination(null, List.of(), null);
        }
        // A page past the end (an old link after a reindex) still gets a way back.
        current = Math.min(current, last);
        List<Link> pages = new ArrayList<>();
        int from = Math.max(1, current - WINDOW);
        int to = Math.min(last, current + WINDOW);
        if (from > 1) {
            pages.add(new Link("1", href.apply(1), false));
            if (from > 2) {
                pages.add(new Link("…", null, false));
            }
        }
        for (int page = from; page <= to; page++) {
            pages.add(new Link(Integer.toString(page), href.apply(page), page == current));
        }
        if (to < last) {
            if (to < last - 1) {
                pages.add(new Link("…", null, false));
            }
            pages.add(new Link(Integer.toString(last), href.apply(last), false));
        }
        Link previous = current > 1 ? new Link("Previous", href.apply(current - 1), false) : null;
        Link next = current < last ? new Link("Next", href.apply(current + 1), false) : null;
        return new Pagination(previous, pages, next);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }
}
