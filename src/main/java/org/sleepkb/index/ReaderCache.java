package org.sleepkb.index;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * A bounded map that belongs to one index reader, so nothing in it outlives the index it was
 * computed from: the first use with a newer reader starts it afresh, and a search still running
 * on an older reader neither reads nor fills it. It keeps at most a number of entries and, when
 * given a weigher, at most an estimate of bytes; the least recently used entry goes first.
 * Safe for concurrent use; two searches missing the same key may both compute it.
 */
public final class ReaderCache<K, V> {

    /** Computes a value the cache does not hold. */
    @FunctionalInterface
    public interface Loader<K, V> {
        V load(K key) throws IOException;
    }

    private record Generation<K, V>(IndexReader reader, long version, Entries<K, V> entries) {
    }

    private final int capacity;
    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private final AtomicReference<Generation<K, V>> current = new AtomicReference<>();

    /** @param capacity the most entries kept; 0 keeps none */
    public ReaderCache(int capacity) {
        this(capacity, Long.MAX_VALUE, value -> 0);
    }

    /**
     * @param capacity the most entries kept; 0 keeps none
     * @param maxBytes the most bytes kept, as {@code weigher} estimates them; a value heavier on its own is not kept
     */
    public ReaderCache(int capacity, long maxBytes, ToLongFunction<V> weigher) {
        if (capacity < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("a cache cannot hold " + capacity + " entries of " + maxBytes + " bytes");
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    /** The most entries kept; 0 keeps none. */
    public int capacity() {
        return capacity;
    }

    /** The value of {@code key} in {@code reader}, computed by {@code loader} unless already known. */
    public V get(IndexReader reader, K key, Loader<K, V> loader) throws IOException {
        Entries<K, V> entries = entriesOf(reader);
        if (entries == null) {
            return loader.load(key);
        }
        V value = entries.get(key);
        if (value == null) {
            value = loader.load(key);
            entries.put(key, value, weigher.applyAsLong(value));
        }
        return value;
    }

    /** The entries of {@code reader}, or null when they must not be kept. */
    private Entries<K, V> entriesOf(IndexReader reader) {
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
        Generation<K, V> fresh = new Generation<>(reader, version, new Entries<>(capacity, maxBytes));
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

    /** The entries of one reader with their total weight, least recently used first. */
    private static final class Entries<K, V> {

        private record Weighed<V>(V value, long bytes) {
        }

        private final Map<K, Weighed<V>> map = leastRecentlyUsed(Integer.MAX_VALUE);
        private final int capacity;
        private final long maxBytes;
        private long bytes;

        Entries(int capacity, long maxBytes) {
            this.capacity = capacity;
            this.maxBytes = maxBytes;
        }

        synchronized V get(K key) {
            Weighed<V> weighed = map.get(key);
            return weighed == null ? null : weighed.value();
        }

        synchronized void put(K key, V value, long weight) {
            if (weight > maxBytes) {
                return;
            }
            Weighed<V> replaced = map.put(key, new Weighed<>(value, weight));
            bytes += weight - (replaced == null ? 0 : replaced.bytes());
            Iterator<Weighed<V>> eldest = map.values().iterator();
            while (map.size() > capacity || bytes > maxBytes) {
                bytes -= eldest.next().bytes();
                eldest.remove();
            }
        }
    }
}
