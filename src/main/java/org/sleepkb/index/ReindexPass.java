package org.sleepkb.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Topic;
import org.sleepkb.embed.Embedder;
/**
 * One reindex of a corpus into the index: what changed is written, what stays is skipped, a broken file keeps its
 * last good version, and it all becomes visible at one commit, or, on any failure, not at all. {@link IndexStore}
 * runs one at a time.
 */
final class ReindexPass {

    private final IndexStore store;
    private final Path path;
    private final Directory directory;
    private final Clock clock;

    ReindexPass(IndexStore store, Path path, Directory directory, Clock clock) {
        this.store = store;
        this.path = path;
        this.directory = directory;
        this.clock = clock;
    }

    ReindexSummary write(Corpus corpus, boolean full, boolean allowMassRemoval, Optional<Embedder> embedder) throws IOException {
        Instant start = clock.instant();
        List<Problem> problems = new ArrayList<>(corpus.problems());
        Map<String, String> previous = store.commitData();
        String synonyms = corpus.synonyms();
        problems.addAll(SynonymRules.of(synonyms).problems());
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
        if (!allowMassRemoval) {
            MassRemovalException.check(indexedHashes.keySet(), corpus, lastGood.keySet());
        }
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
                    () -> store.withSearcher(s -> PassageIndex.vectorsOf(ArticlesOnlyReader.withPassages(s.getIndexReader()))));
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
                IndexedArticle indexed = IndexedArticle.linked(article, corpus.substances(), topics);
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
                        IndexedArticle relinked = IndexedArticle.relinked(good, corpus.substances(), topics);
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
            store.refresh();
            int articles = store.withSearcher(s -> s.getIndexReader().numDocs());
            List<String> skipped = new ArrayList<>(corpus.brokenSlugs());
            return new ReindexSummary(rebuild, articles, added, updated, removed, unchanged, kept,
                    corpus.substances().size(), skipped, problems, finished, Duration.between(start, finished));
        } catch (IOException | RuntimeException | Error e) {
            // Nothing of this reindex was committed, so searchers keep the previous index. An
            // Error (a heap that ran out) is rolled back too: a writer left open would hold the
            // write lock and refuse every later reindex until a restart.
            writer.rollback();
            removeUncommittedFiles(e);
            throw e;
        }
    }

    /**
     * A rollback after a failed write (a full disk) leaves the files the writer had flushed. A
     * writer deletes every file no commit references when it opens (as after a crash), so one is
     * opened and rolled back at once: it writes nothing, and the folder holds the last commit only.
     */
    private void removeUncommittedFiles(Throwable failure) {
        try {
            newWriter(directory).rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Slug to content hash of every indexed article; also fills {@code lastGood} for the broken slugs. */
    private Map<String, String> indexedHashes(Set<String> broken, Map<String, IndexedArticle> lastGood) {
        return store.withSearcher(searcher -> {
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

    static IndexWriter newWriter(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }
}
