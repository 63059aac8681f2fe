package org.sleepkb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.CountingEmbedder;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passages;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/** Passage vectors in the index, over the three-article fixture corpus and the real sentence model. */
class SemanticIndexTest {

    @TempDir
    Path corpusDir;
    @TempDir
    Path indexDir;

    private static CountingEmbedder model;

    @BeforeAll
    static void loadTheModel() {
        model = new CountingEmbedder(SentenceModel.shared().orElseThrow());
    }

    private final CorpusReader reader = new CorpusReader();

    private ReindexSummary reindex(IndexStore store, TestCorpus corpus, boolean full) throws IOException {
        return store.reindex(reader.read(corpus.root()), full);
    }

    private static int passages(IndexStore store) {
        return store.withSearcher(s -> ArticlesOnlyReader.withPassages(s.getIndexReader()).numDocs() - s.getIndexReader().numDocs());
    }

    private static int passagesOf(IndexReader articles, String slug) {
        try {
            return new IndexSearcher(ArticlesOnlyReader.withPassages(articles)).count(new TermQuery(new Term(Schema.PASSAGE_OF, slug)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWordsOnlyFirstBuildIsSearchableAtOnceAndTheNextReindexAddsTheVectors() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            assertTrue(store.lacksVectors(), "a new index has no vectors");
            model.takeCount();

            ReindexSummary words = store.reindexWordsOnly(reader.read(corpus.root()));

            assertEquals(3, words.articles());
            assertEquals(0, model.takeCount(), "nothing embedded yet");
            assertEquals(0, passages(store));
            assertEquals(1, new Searcher(store, EngineOptions.DEFAULTS.withEmbedder(Optional.of(model))).search(SearchRequest.of("jet lag")).total());
            assertTrue(store.lacksVectors());

            reindex(store, corpus, false);

            assertTrue(passages(store) > 0, "the next reindex embeds every passage");
            assertTrue(!store.lacksVectors());
        }
    }

    @Test
    void anIncrementalReindexEmbedsOnlyThePassagesWhoseTextChanged() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            model.takeCount();
            reindex(store, corpus, false);
            int all = model.takeCount();
            assertEquals(all, passages(store), "every passage embedded once");
            Path file = corpus.article("melatonin-basics.md");
            Files.writeString(file, Files.readString(file).replace("may help jet lag a little", "may help jet lag a little, "
                    + "especially when flying east"), StandardCharsets.UTF_8);

            ReindexSummary summary = reindex(store, corpus, false);

            assertEquals(1, summary.updated());
            assertEquals(1, model.takeCount(), "only the edited jet lag section is embedded again");
            assertEquals(all, passages(store), "the article's old passages are replaced, not added to");
        }
    }

    @Test
    void aFullRebuildReusesTheVectorsAlreadyInTheIndex() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            reindex(store, corpus, false);
            int before = passages(store);
            model.takeCount();

            ReindexSummary summary = reindex(store, corpus, true);

            assertTrue(summary.full());
            assertEquals(0, model.takeCount());
            assertEquals(before, passages(store));
        }
    }

    @Test
    void passagesNeverCountAsArticles() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            ReindexSummary summary = reindex(store, corpus, false);
            Searcher searcher = new Searcher(store, EngineOptions.DEFAULTS.withEmbedder(Optional.of(model)));

            assertEquals(3, summary.articles());
            assertTrue(passages(store) > 3);
            assertEquals(3L, searcher.search(SearchRequest.of("")).total());
            assertEquals(List.of("melatonin-basics"), searcher.suggest("melatonin basics", 5).stream()
                    .map(s -> s.target()).toList());
            assertTrue(searcher.related("melatonin-basics", 5).stream().map(Hit::slug)
                    .allMatch(slug -> store.article(slug).isPresent()));
        }
    }

    @Test
    void removingAnArticleRemovesItsPassages() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            reindex(store, corpus, false);
            int before = passages(store);
            corpus.delete("articles/kratom-and-sleep.md");

            reindex(store, corpus, false);

            assertTrue(passages(store) < before);
            assertEquals(0, (int) store.withSearcher(s -> passagesOf(s.getIndexReader(), "kratom-and-sleep")));
            assertTrue(store.withSearcher(s -> passagesOf(s.getIndexReader(), "sleep-stages")) > 0);
        }
    }

    @Test
    void anIndexBuiltWithoutTheModelGetsItsVectorsOnceTheModelIsThere() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            assertEquals(0, passages(store));
        }
        try (IndexStore store = IndexStore.open(indexDir, Optional.<Embedder>of(model))) {
            ReindexSummary summary = reindex(store, corpus, false);

            assertTrue(summary.full(), "vectors of a new model need every article");
            assertTrue(passages(store) > 3);
        }
    }

    @Test
    void aTextThatStandsTwiceInAnArticleLeavesEveryPassageItsOwnVector() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .writeArticle("twice.md", "## Same\nRepeated words about sleep.\n\n## Same\nRepeated words about sleep.\n\n"
                        + "## Other\nQuite different words about caffeine.\n");
        try (IndexStore store = IndexStore.open(indexDir, Optional.of(model))) {
            reindex(store, corpus, false);

            Article twice = reader.read(corpus.root()).articles().stream().filter(a -> a.slug().equals("twice")).findFirst().orElseThrow();
            List<String> expected = Passages.of(twice).stream().map(p -> Arrays.toString(model.embed(p.text()))).sorted().toList();
            assertEquals(expected, storedVectorsOf(store, "twice"));
        }
    }

    private static List<String> storedVectorsOf(IndexStore store, String slug) {
        return store.withSearcher(s -> {
            List<String> vectors = new ArrayList<>();
            for (LeafReaderContext leaf : ArticlesOnlyReader.withPassages(s.getIndexReader()).leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = values.nextDoc()) {
                    if ((live == null || live.get(doc)) && slug.equals(leaf.reader().storedFields().document(doc).get(Schema.PASSAGE_OF))) {
                        vectors.add(Arrays.toString(values.vectorValue()));
                    }
                }
            }
            return vectors.stream().sorted().toList();
        });
    }
}
