package org.sleepkb.search;

/**
 * How a search engine is, for {@code GET /health}.
 *
 * @param articles   how many articles a search can find
 * @param reindexing whether a reindex is under way
 * @param indexedAt  when the last reindex finished (ISO-8601), null before the first
 * @param problems   how many corpus problems the last reindex reported
 * @param lastError  when the last reindex attempt failed (and changed nothing): its time and cause, else null
 */
public record EngineStatus(long articles, boolean reindexing, String indexedAt, int problems, String lastError) {
}
