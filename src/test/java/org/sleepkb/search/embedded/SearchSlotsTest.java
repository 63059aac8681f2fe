package org.sleepkb.search.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleepkb.search.SearchResult;

/** Searches beyond the slots wait their turn instead of sharing the cores. */
class SearchSlotsTest {

    private static final SearchResult ANSWER = new SearchResult("", 0, List.of(), Map.of(), null, null, 1, 10, null, List.of(), List.of(), 0);

    @Test
    void noMoreSearchesRunAtOnceThanThereAreSlotsAndEveryOneRuns() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<SearchResult>> searches = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                searches.add(threads.submit(() -> {
                    start.await();
                    return slots.compute(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        Thread.yield();
                        running.decrementAndGet();
                        done.incrementAndGet();
                        return ANSWER;
                    });
                }));
            }
            start.countDown();
            for (Future<SearchResult> search : searches) {
                assertEquals(ANSWER, search.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(64, done.get());
        assertTrue(most.get() <= 2, most.get() + " searches ran at once");
    }

    @Test
    @Timeout(60) // a slot never given back would make the second search wait for ever
    void aFailedSearchGivesItsSlotBack() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        try {
            slots.compute(() -> {
                throw new IOException("index gone");
            });
        } catch (IOException expected) {
            // the search failed; the slot must be free again
        }
        assertEquals(ANSWER, slots.compute(() -> ANSWER));
    }
}
