package org.sleepkb.search;

/**
 * How the kept answers to repeated searches served since the start.
 *
 * @param hits   searches answered from the cache
 * @param misses searches computed (not kept, or the cache is off)
 */
public record CacheStatistics(long hits, long misses) {

    /** The share of searches answered from the cache, 0 before any search. */
    public double hitRatio() {
        long all = hits + misses;
        return all == 0 ? 0 : (double) hits / all;
    }
}
