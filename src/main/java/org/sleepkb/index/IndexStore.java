package org.sleepkb.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.embed.Embedder;

/**
 * The Lucene index on disk and the searchers over it.
 *
 * <p>A reindex writes into the same directory and becomes visible only at its commit, which
 * Lucene makes atomic and durable: searchers opened before keep their point-in-time view, a crash
 * before the commit leaves the previous commit intact, and reindexes never interleave.
 *
 * <p>Given a sentence model, it also stores a vector per passage of every article, in passage
 * documents that article searches never see (see {@link ArticlesOnlyReader}).
 */
public final class IndexStore implements Closeable {

    private final Path path;
    private final Directory directory;
    private final SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();
    private final Clock clock;
    private final Optional<Embedder> embedder;
    /** The summary of the last reindex this process committed, for health, metrics and the editors' desk. */
    private volatile ReindexSummary lastReindex;
    private volatile String lastFailure;

    private IndexStore(Path path, Directory directory, Clock clock, Optional<Embedder> embedder) throws IOException {
        this.path = path;
        this.directory = directory;
        this.clock = clock;
        this.embedder = embedder;
        this.searchers = new SearcherManager(ArticlesOnlyReader.wrap(DirectoryReader.open(directory)), null);
    }

    /** Opens the index at {@code path}, creating an empty one when there is none. */
    public static IndexStore open(Path path) throws IOException {
        return open(path, Clock.systemUTC());
    }

    public static IndexStore open(Path path, Clock clock) throws IOException {
        return open(path, clock, Optional.empty());
    }

    /** Opens the index at {@code path}; reindexes embed passages with {@code embedder} when there is one. */
    public static IndexStore open(Path path, Optional<Embedder> embedder) throws IOException {
        return open(path, Clock.systemUTC(), embedder);
    }

    public static IndexStore open(Path path, Clock clock, Optional<Embedder> embedder) throws IOException {
        Files.createDirectories(path);
        return open(path, FSDirectory.open(path), clock, embedder);
    }

    /** Opens the index in {@code directory}, the folder {@code path} as Lucene writes it. */
    static IndexStore open(Path path, Directory directory, Clock clock, Optional<Embedder> embedder) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter writer = ReindexPass.newWriter(directory)) {
                writer.setLiveCommitData(Map.of(Schema.COMMIT_VERSION, "").entrySet());
                writer.commit();
            }
        }
        return new IndexStore(path, directory, clock, embedder);
    }

    /** Opens an existing index for searching only. */
    public static Optional<IndexStore> openExisting(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        Directory directory = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            return Optional.empty();
        }
        return Optional.of(new IndexStore(path, directory, Clock.systemUTC(), Optional.empty()));
    }

    public Path path() {
        return path;
    }

    /** Work on a searcher, which may fail with the I/O errors Lucene reports. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} on the current searcher and releases it afterwards; an I/O failure comes
     * back as an {@link java.io.UncheckedIOException}, wrapped here once for every caller.
     */
    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The user data of the commit that searchers currently see. */
    public Map<String, String> commitData() {
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
    }

    /** The index's synonym rules (from the corpus it was built from), for query analysis. */
    public String synonyms() {
        return commitData().getOrDefault(Schema.COMMIT_SYNONYMS, "");
    }

    /** Topics and substance names of the indexed corpus. */
    public Catalog catalog() {
        return Catalog.fromJson(commitData().get(Schema.COMMIT_CATALOG));
    }

    /** True when the index holds nothing built with the current schema. */
    public boolean needsFullBuild() {
        return !Schema.VERSION.equals(commitData().get(Schema.COMMIT_VERSION));
    }

    /** The last reindex this process committed; empty before the first. */
    public Optional<ReindexSummary> lastReindex() {
        return Optional.ofNullable(lastReindex);
    }

    /** The sentence model this store embeds passages with, if any. */
    public Optional<Embedder> embedder() {
        return embedder;
    }

    /** True when searches can use passage vectors: the sentence model is loaded and the index holds its vectors. */
    public boolean searchesByMeaning() {
        return embedder.isPresent() && !lacksVectors();
    }

    public boolean isReindexing() {
        return writing.isLocked();
    }

    /**
     * Why the last reindex failed (its cause, with the time), or empty when it succeeded; a
     * failed reindex changes nothing, so searches go on with the previous commit.
     */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Reindexes, waiting for a reindex already running to finish first. */
    public ReindexSummary reindex(Corpus corpus, boolean full) throws IOException {
        return reindex(() -> corpus, full, false);
    }

    /**
     * Reindexes, waiting for a reindex already running to finish first.
     *
     * @param allowMassRemoval whether the reindex may remove more than half of the indexed articles
     */
    public ReindexSummary reindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        writing.lock();
        try {
            return recorded(source, full, allowMassRemoval, embedder);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Reindexes unless another reindex is running, in which case it returns empty at once,
     * before reading the corpus.
     */
    public Optional<ReindexSummary> tryReindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        if (!writing.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(recorded(source, full, allowMassRemoval, embedder));
        } finally {
            writing.unlock();
        }
    }

    private ReindexSummary recorded(CorpusSource source, boolean full, boolean allowMassRemoval,
                                    Optional<Embedder> embedder) throws IOException {
        try {
            ReindexSummary summary = new ReindexPass(this, path, directory, clock).write(source.read(), full, allowMassRemoval, embedder);
            lastFailure = null;
            lastReindex = summary;
            return summary;
        } catch (IndexLockedException e) {
            throw e; // another process is writing: nothing is wrong with this index
        } catch (IOException | RuntimeException | Error e) {
            lastFailure = clock.instant() + ": " + ReindexFailure.describe(e);
            throw e;
        }
    }


    /**
     * True when the next reindex would have to embed every passage: the index holds no vectors
     * of this store's model (new, or built by words only).
     */
    public boolean lacksVectors() {
        return embedder.isPresent() && !PassageIndex.embeddingsOf(embedder.get()).equals(commitData().get(Schema.COMMIT_EMBEDDINGS));
    }

    /**
     * Reindexes by words only, leaving vectors to a later {@link #reindex}: a server can answer
     * within seconds of its first start and add meaning while it already serves.
     */
    public ReindexSummary reindexWordsOnly(Corpus corpus) throws IOException {
        writing.lock();
        try {
            return recorded(() -> corpus, false, false, Optional.empty());
        } finally {
            writing.unlock();
        }
    }

    /** Makes the last commit visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Looks up one article by slug in the current searcher. */
    public Optional<IndexedArticle> article(String slug) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocument.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
