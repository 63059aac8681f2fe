package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.Schema;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * An index of several segments (an incremental reindex adds one) answers exactly as an index of the
 * same articles in one segment: the same totals, facet counts, hits, order and scores. Document ids,
 * slug order and facet values are read per segment and must add up to the index-wide answer.
 */
class SegmentedIndexTest {

    private static final String ADDED_LATER = "melatonin.md";

    @Test
    void aSearchOverSeveralSegmentsAnswersAsOverOne(@TempDir Path corpusFolder, @TempDir Path indexFolder) throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.BUNDLED, corpusFolder);
        byte[] added = Files.readAllBytes(corpus.article(ADDED_LATER));
        CorpusReader reader = new CorpusReader(BundledCorpus.TODAY);
        try (IndexStore store = IndexStore.open(indexFolder, BundledCorpus.TODAY)) {
            corpus.delete("articles/" + ADDED_LATER);
            store.reindex(reader.read(corpus.root()), true);
            corpus.write("articles/" + ADDED_LATER, added);
            // Only the new article is indexed, into a segment of its own.
            store.reindex(reader.read(corpus.root()), false);
            assertTrue(store.withSearcher(searcher -> searcher.getIndexReader().leaves().size()) >= 2, "several segments");

            Searcher segmented = new Searcher(store, EngineOptions.DEFAULTS.withClock(BundledCorpus.TODAY));
            for (String query : List.of("sleep", "melatonin", "melatonin with alcohol", "can't switch off at night", "")) {
                for (Map<String, Set<String>> filters : List.of(Map.<String, Set<String>>of(), Map.of(Schema.EVIDENCE, Set.of("moderate")))) {
                    SearchRequest request = new SearchRequest(query, filters, 1, 10);
                    SearchResult expected = BundledCorpus.searcher().search(request);
                    SearchResult actual = segmented.search(request);
                    assertEquals(expected.total(), actual.total(), request.toString());
                    assertEquals(expected.facets(), actual.facets(), request.toString());
                    assertEquals(ranking(expected), ranking(actual), request.toString());
                    assertTrue(expected.hits().equals(actual.hits()), "same snippets and safety: " + request);
                }
            }
        }
    }

    private static List<String> ranking(SearchResult result) {
        return result.hits().stream().map(hit -> hit.slug() + " " + hit.score()).toList();
    }
}
