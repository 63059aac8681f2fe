package org.sleepkb.search.embedded;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import org.sleepkb.search.SearchResult;

/**
 * Lets as many searches be computed at once as the machine has cores, the others wait their turn
 * in the order they came. A search is milliseconds of CPU and nothing else; more of them at once
 * than cores only share the cores, so that each takes as long as all of them together and an
 * expensive one holds up every cheap one beside it (16 connections on 2 cores: eight times its
 * own time). In line, a search takes the wait plus its own time.
 */
final class SearchSlots {

    private final Semaphore slots;

    SearchSlots(int slots) {
        this.slots = new Semaphore(slots, true);
    }

    static SearchSlots perCore() {
        return new SearchSlots(Runtime.getRuntime().availableProcessors());
    }

    SearchResult compute(ResultCache.Search search) throws IOException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to search");
        }
        try {
            return search.run();
        } finally {
            slots.release();
        }
    }
}
