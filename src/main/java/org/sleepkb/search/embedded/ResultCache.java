package org.sleepkb.search.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.IndexSearcher;
import org.sleepkb.io.Json;
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
 *
 * <p>The answers kept are bounded by bytes as well as by number: an answer of 50 hits takes ~100
 * times the heap of one of 3, so 5,000 large answers would not fit the README's 96 MB heap.
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

    /** The most heap the answers kept may take, whatever their number: a sixth of the README's 96 MB. */
    static final long MAX_BYTES = 16L << 20;

    private final ReaderCache<Key, SearchResult> answers;
    private final SearchSlots slots = SearchSlots.perCore();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param capacity the most answers kept, within {@link #MAX_BYTES}; 0 keeps none */
    ResultCache(int capacity) {
        this.answers = new ReaderCache<>(capacity, MAX_BYTES, ResultCache::estimatedBytes);
    }

    /**
     * An answer's heap, estimated as twice its JSON: its text is held once (compact strings, a
     * byte a character) and its records, lists and string headers weigh about as much as the
     * JSON's names and punctuation; twice leaves room for both. Counted, not kept.
     */
    static long estimatedBytes(SearchResult answer) {
        CountingStream json = new CountingStream();
        try {
            Json.MAPPER.writeValue(json, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("a search answer could not be written as JSON", e);
        }
        return 2 * json.count;
    }

    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
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
