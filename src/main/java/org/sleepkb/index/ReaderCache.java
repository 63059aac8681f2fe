package org.sleepkb.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * A bounded map that belongs to one index reader, so nothing in it outlives the index it was
 * computed from: the first use with a newer reader starts it afresh, and a search still running
 * on an older reader neither reads nor fills it. The least recently used entry goes first.
 * Safe for concurrent use; two searches missing the same key may both compute it.
 */
public final class ReaderCache<K, V> {

    /** Computes a value the cache does not hold. */
    @FunctionalInterface
    public interface Loader<K, V> {
        V load(K key) throws IOException;
    }

    private record Generation<K, V>(IndexReader reader, long version, Map<K, V> entries) {
    }

    private final int capacity;
    private final AtomicReference<Generation<K, V>> current = new AtomicReference<>();

    /** @param capacity the most entries kept; 0 keeps none */
    public ReaderCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache cannot hold " + capacity + " entries");
        }
        this.capacity = capacity;
    }

    /** The most entries kept; 0 keeps none. */
    public int capacity() {
        return capacity;
    }

    /** The value of {@code key} in {@code reader}, computed by {@code loader} unless already known. */
    public V get(IndexReader reader, K key, Loader<K, V> loader) throws IOException {
        Map<K, V> entries = entriesOf(reader);
        if (entries == null) {
            return loader.load(key);
        }
        V value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value == null) {
            value = loader.load(key);
            synchronized (entries) {
                entries.put(key, value);
            }
        }
        return value;
    }

    /** The entries of {@code reader}, or null when they must not be kept. */
    private Map<K, V> entriesOf(IndexReader reader) {
        if (capacity == 0) {
            return null;
        }
        Generation<K, V> seen = current.get();
        if (seen != null && seen.reader() == reader) {
            return seen.entries();
        }
        // Commits only ever raise the version; searches that began before a reindex may still finish on the older reader.
        long version = reader instanceof DirectoryReader directory ? directory.getVersion() : Long.MIN_VALUE;
        if (seen != null && version < seen.version()) {
            return null;
        }
        Generation<K, V> fresh = new Generation<>(reader, version, leastRecentlyUsed(capacity));
        return current.compareAndSet(seen, fresh) ? fresh.entries() : null;
    }

    /** A map that drops its least recently used entry beyond {@code capacity} (not synchronised). */
    public static <K, V> Map<K, V> leastRecentlyUsed(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
