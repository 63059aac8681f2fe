package org.sleepkb.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.LeafReaderContext;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Corpus;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.SubstanceProfile;
import org.sleepkb.corpus.Topic;
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
        Directory directory = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter writer = newWriter(directory)) {
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

    /** Reindexes, waiting for a reindex already running to finish first. */
    public ReindexSummary reindex(Corpus corpus, boolean full) throws IOException {
        writing.lock();
        try {
            return write(corpus, full, embedder);
        } finally {
            writing.unlock();
        }
    }

    /** Reindexes unless another reindex is running, in which case it returns empty at once. */
    public Optional<ReindexSummary> tryReindex(Corpus corpus, boolean full) throws IOException {
        if (!writing.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(write(corpus, full, embedder));
        } finally {
            writing.unlock();
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
            return write(corpus, false, Optional.empty());
        } finally {
            writing.unlock();
        }
    }

    private ReindexSummary write(Corpus corpus, boolean full, Optional<Embedder> embedder) throws IOException {
        Instant start = clock.instant();
        List<Problem> problems = new ArrayList<>(corpus.problems());
        Map<String, String> previous = commitData();
        String synonyms = corpus.synonyms();
        try {
            Analyzers.forQueries(synonyms);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("synonyms.txt", 0, e.getMessage() + "; the previous synonyms stay in use"));
            synonyms = previous.getOrDefault(Schema.COMMIT_SYNONYMS, "");
        }
        String embeddings = embedder.map(PassageIndex::embeddingsOf).orElse("");
        boolean rebuild = full
                || !Schema.VERSION.equals(previous.get(Schema.COMMIT_VERSION))
                || !embeddings.equals(previous.getOrDefault(Schema.COMMIT_EMBEDDINGS, ""))
                || !corpus.sharedHash().equals(previous.get(Schema.COMMIT_SHARED_HASH))
                || !synonyms.equals(previous.getOrDefault(Schema.COMMIT_SYNONYMS, ""));
        Map<String, IndexedArticle> lastGood = new HashMap<>();
        Map<String, String> indexedHashes = indexedHashes(new HashSet<>(corpus.brokenSlugs()), lastGood);
        Map<String, Topic> topics = new HashMap<>();
        corpus.topics().forEach(t -> topics.put(t.id(), t));

        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
        int kept = 0;
        IndexWriter writer;
        try {
            writer = newWriter(directory);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(path.toString(), e);
        }
        try {
            // The searcher shows the last commit until this reindex commits, even after deleteAll().
            PassageIndex passages = embedder.isEmpty() ? null : new PassageIndex(embedder.get(),
                    () -> withSearcher(s -> PassageIndex.vectorsOf(ArticlesOnlyReader.withPassages(s.getIndexReader()))));
            if (rebuild) {
                writer.deleteAll();
            }
            Set<String> present = new HashSet<>();
            for (Article article : corpus.articles()) {
                present.add(article.slug());
                String hash = indexedHashes.get(article.slug());
                if (!rebuild && article.contentHash().equals(hash)) {
                    unchanged++;
                    continue;
                }
                IndexedArticle indexed = link(article, corpus.substances(), topics);
                writer.updateDocument(new Term(Schema.SLUG, article.slug()), ArticleDocument.toDocument(indexed));
                if (passages != null) {
                    passages.replace(writer, indexed);
                }
                if (hash == null) {
                    added++;
                } else {
                    updated++;
                }
            }
            for (String slug : corpus.brokenSlugs()) {
                IndexedArticle good = lastGood.get(slug);
                if (good != null) {
                    present.add(slug);
                    kept++;
                    if (rebuild) {
                        IndexedArticle relinked = relink(good, corpus.substances(), topics);
                        writer.addDocument(ArticleDocument.toDocument(relinked));
                        if (passages != null) {
                            passages.add(writer, relinked);
                        }
                    }
                }
            }
            for (String slug : indexedHashes.keySet()) {
                if (!present.contains(slug)) {
                    writer.deleteDocuments(new Term(Schema.SLUG, slug));
                    PassageIndex.delete(writer, slug);
                    removed++;
                }
            }
            Instant finished = clock.instant();
            Map<String, String> data = new HashMap<>();
            data.put(Schema.COMMIT_VERSION, Schema.VERSION);
            data.put(Schema.COMMIT_SHARED_HASH, corpus.sharedHash());
            data.put(Schema.COMMIT_SYNONYMS, synonyms);
            data.put(Schema.COMMIT_TIME, finished.toString());
            data.put(Schema.COMMIT_PROBLEMS, Integer.toString(problems.size()));
            data.put(Schema.COMMIT_CATALOG, Catalog.of(corpus).toJson());
            data.put(Schema.COMMIT_EMBEDDINGS, embeddings);
            if (rebuild) {
                // A knowledge base is rebuilt in full rarely and searched constantly: one segment
                // lets a search look each word up, and set up its scorers, once instead of once per
                // segment (the 100k index had three; docs/performance.md).
                writer.forceMerge(1);
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            writer.close();
            searchers.maybeRefreshBlocking();
            int articles = withSearcher(s -> s.getIndexReader().numDocs());
            List<String> skipped = new ArrayList<>(corpus.brokenSlugs());
            lastReindex = new ReindexSummary(rebuild, articles, added, updated, removed, unchanged, kept,
                    corpus.substances().size(), skipped, problems, finished, Duration.between(start, finished));
            return lastReindex;
        } catch (IOException | RuntimeException e) {
            // Nothing of this reindex was committed, so searchers keep the previous index.
            writer.rollback();
            throw e;
        }
    }

    private static IndexedArticle link(Article article, Map<String, SubstanceProfile> profiles, Map<String, Topic> topics) {
        return new IndexedArticle(article,
                article.substances().stream().map(profiles::get).filter(Objects::nonNull).toList(),
                article.topics().stream().map(topics::get).filter(Objects::nonNull).toList());
    }

    /**
     * The last good version of a broken article with today's profiles and topics; a profile that
     * is broken itself keeps the version stored with the article, so no warning is ever dropped.
     */
    private static IndexedArticle relink(IndexedArticle good, Map<String, SubstanceProfile> profiles, Map<String, Topic> topics) {
        Map<String, SubstanceProfile> merged = new HashMap<>();
        good.substances().forEach(p -> merged.put(p.id(), p));
        merged.putAll(profiles);
        return link(good.article(), merged, topics);
    }

    /** Slug to content hash of every indexed article; also fills {@code lastGood} for the broken slugs. */
    private Map<String, String> indexedHashes(Set<String> broken, Map<String, IndexedArticle> lastGood) {
        return withSearcher(searcher -> {
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document fields = stored.document(doc, Set.of(Schema.SLUG, Schema.HASH));
                    String slug = fields.get(Schema.SLUG);
                    hashes.put(slug, fields.get(Schema.HASH));
                    if (broken.contains(slug)) {
                        lastGood.put(slug, ArticleDocument.fromStored(stored.document(doc)));
                    }
                }
            }
            return hashes;
        });
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

    private static IndexWriter newWriter(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
