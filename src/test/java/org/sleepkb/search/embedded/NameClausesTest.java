package org.sleepkb.search.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.Schema;
import org.sleepkb.search.BundledCorpus;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.facet.FacetCounter;
import org.sleepkb.search.facet.NameGroups;

/**
 * The pass over every match that scores the clauses on topic and substance names once per combination
 * of articles answers as the pass over the whole query does: the same total, facet counts and best
 * matches in the same order, scores up to the rounding of their last digit; also over several segments
 * with a replaced article, and where the names alone match articles that then take the best places.
 */
class NameClausesTest {

    private static final List<String> QUERIES = List.of("sleep", "insomnia", "stress at night", "melatonin with alcohol",
            "Benadryl", "relaxation techniques", "herbal remedies for anxiety and worry", "caffeine and nicotine", "kratom", "herbal", "sleep habits");

    private static final List<Map<String, Set<String>>> FILTERS = List.of(Map.of(), Map.of(Schema.EVIDENCE, Set.of("moderate")),
            Map.of(Schema.TOPIC, Set.of("insomnia"), Schema.RISK, Set.of("none")));

    @Test
    void scoringNamesPerCombinationAnswersAsTheWholeQuery() throws IOException {
        BundledCorpus.store().withSearcher(shared -> {
            assertSameAnswers(BundledCorpus.searcher().contextFor(shared));
            return null;
        });
    }

    @Test
    void overSeveralSegmentsWithAReplacedArticleToo(@TempDir Path corpusFolder, @TempDir Path indexFolder) throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.BUNDLED, corpusFolder);
        CorpusReader reader = new CorpusReader(BundledCorpus.TODAY);
        try (IndexStore store = IndexStore.open(indexFolder, BundledCorpus.TODAY)) {
            store.reindex(reader.read(corpus.root()), true);
            // The same topics in another order: the same facet values, another text in the topic names.
            String melatonin = Files.readString(corpus.article("melatonin.md"));
            corpus.writeArticle("melatonin.md", melatonin.replace("topics: [supplements, insomnia,", "topics: [insomnia, supplements,"));
            store.reindex(reader.read(corpus.root()), false);
            store.withSearcher(shared -> {
                assertTrue(shared.getIndexReader().leaves().size() >= 2 && shared.getIndexReader().hasDeletions(),
                        "several segments, the article's old version deleted");
                assertSameAnswers(new Searcher(store, EngineOptions.DEFAULTS.withClock(BundledCorpus.TODAY)).contextFor(shared));
                return null;
            });
        }
    }

    @Test
    void articlesTheNamesAloneMatchAreCountedAndRanked() throws IOException {
        BundledCorpus.store().withSearcher(shared -> {
            ReaderContext context = BundledCorpus.searcher().contextFor(shared);
            Query herbal = context.queries.parse("herbal").query();
            long withoutNames = context.searcher.count(withoutNameClauses(herbal));
            FacetCounter.Counted counted = context.facets.count(context.searcher, herbal, SearchRequest.of("herbal"), 200);
            assertTrue(counted.total() > withoutNames, "articles filed under Herbal remedies that never say herbal: " + counted.total()
                    + " against " + withoutNames);
            assertEquals(counted.total(), counted.best().length, "every match ranked");
            return null;
        });
    }

    private static void assertSameAnswers(ReaderContext context) throws IOException {
        for (String text : QUERIES) {
            Query query = context.queries.parse(text).query();
            // Nested, the query is not a plain disjunction, and the pass visits every clause.
            Query whole = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD).build();
            for (Map<String, Set<String>> filters : FILTERS) {
                SearchRequest request = new SearchRequest(text, filters, 1, 10);
                for (int ranked : new int[] {200, 3, 0}) {
                    FacetCounter.Counted split = context.facets.count(context.searcher, query, request, ranked);
                    FacetCounter.Counted expected = context.facets.count(context.searcher, whole, request, ranked);
                    String what = request + " ranking " + ranked;
                    assertEquals(expected.total(), split.total(), what);
                    assertEquals(expected.values(), split.values(), what);
                    assertEquals(ranking(expected.best()), ranking(split.best()), what);
                    for (int i = 0; i < expected.best().length; i++) {
                        assertEquals(expected.best()[i].score, split.best()[i].score, expected.best()[i].score * 1e-6f, what);
                    }
                }
            }
        }
    }

    private static List<String> ranking(FieldDoc[] best) {
        List<String> slugs = new ArrayList<>();
        for (FieldDoc hit : best) {
            slugs.add(((BytesRef) hit.fields[1]).utf8ToString());
        }
        return slugs;
    }

    private static Query withoutNameClauses(Query query) {
        BooleanQuery.Builder rest = new BooleanQuery.Builder();
        for (BooleanClause clause : (BooleanQuery) query) {
            Set<Term> terms = new HashSet<>();
            clause.getQuery().visit(QueryVisitor.termCollector(terms));
            if (terms.stream().noneMatch(term -> NameGroups.FIELDS.contains(term.field()))) {
                rest.add(clause);
            }
        }
        return rest.build();
    }
}
