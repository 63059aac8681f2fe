package org.sleepkb.search.embedded;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.IndexSearcher;
import org.sleepkb.index.ReaderCache;
import org.sleepkb.search.CacheStatistics;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;

/**
 * Answers to searches, kept for the index reader that computed them (as Solr's query result
 * cache and Elasticsearch's request cache do): the same search on the same index gives the same
 * answer, and people repeat searches (paging back, the same question, autocomplete picks). A
 * reindex brings a new reader and so an empty cache; an answer is never served from an older
 * index than the search would see. An answer not kept is computed in turn, as many at once as
 * there are cores ({@link SearchSlots}).
 */
final class ResultCache {

    /** Computes an answer the cache does not hold. */
    @FunctionalInterface
    interface Search {
        SearchResult run() throws IOException;
    }

    /** The date is part of the key: whether a hit's review is stale depends on it. */
    private record Key(SearchRequest request, LocalDate today) {
    }

    private final ReaderCache<Key, SearchResult> answers;
    private final SearchSlots slots = SearchSlots.perCore();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param capacity the most answers kept; 0 keeps none */
    ResultCache(int capacity) {
        this.answers = new ReaderCache<>(capacity);
    }

    int capacity() {
        return answers.capacity();
    }

    SearchResult get(IndexSearcher searcher, SearchRequest request, LocalDate today, Search search) throws IOException {
        boolean[] computed = {false};
        SearchResult answer = answers.get(searcher.getIndexReader(), new Key(request, today), key -> {
            computed[0] = true;
            return slots.compute(search);
        });
        (computed[0] ? misses : hits).increment();
        return answer;
    }

    /** Searches answered from the cache and computed, since the start (with the cache off, every search is computed). */
    CacheStatistics statistics() {
        return new CacheStatistics(hits.sum(), misses.sum());
    }
}
