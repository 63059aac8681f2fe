package org.sleepkb.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void aSinglePageNeedsNoLinks() {
        assertTrue(Pagination.of(1, 1, page -> "/p" + page).isEmpty());
        assertTrue(Pagination.of(1, 0, page -> "/p" + page).isEmpty());
    }

    @Test
    void aMiddlePageShowsNeighboursFirstLastAndGaps() {
        Pagination pagination = Pagination.of(6, 12, page -> "/p" + page);
        assertEquals(List.of("1", "…", "4", "5", "6", "7", "8", "…", "12"), labels(pagination));
        assertEquals("/p5", pagination.previous().href());
        assertEquals("/p7", pagination.next().href());
        assertEquals("6", pagination.pages().stream().filter(Pagination.Link::current).findFirst().orElseThrow().label());
    }

    @Test
    void theFirstAndLastPagesHaveNoPreviousOrNext() {
        assertNull(Pagination.of(1, 3, page -> "/p" + page).previous());
        assertNull(Pagination.of(3, 3, page -> "/p" + page).next());
        assertEquals(List.of("1", "2", "3"), labels(Pagination.of(1, 3, page -> "/p" + page)));
    }

    @Test
    void aPagePastTheEndLeadsBack() {
        Pagination pagination = Pagination.of(40, 3, page -> "/p" + page);
        assertEquals("/p2", pagination.previous().href());
        assertNull(pagination.next());
    }

    private static List<String> labels(Pagination pagination) {
        return pagination.pages().stream().map(Pagination.Link::label).toList();
    }
}
