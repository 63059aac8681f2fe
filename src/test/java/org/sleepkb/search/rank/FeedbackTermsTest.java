package org.sleepkb.search.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.index.Schema;

/**
 * The relevance model of feedback weighs each useful word by its share of each article's words
 * times the article's score; the statistics of the chosen words are those Lucene finds term by
 * term, and scored directly they give the best matches the scores of their query.
 */
class FeedbackTermsTest {

    private static final FieldType WITH_VECTORS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WITH_VECTORS.setStoreTermVectors(true);
        WITH_VECTORS.freeze();
    }

    @TempDir
    Path folder;

    @Test
    void weighsEachWordByItsShareOfEachArticleTimesTheArticleScore() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            index(directory, List.of(
                    new String[] {"valerian root", "valerian tea at night 42 ab valerian"},
                    new String[] {"chamomile", "chamomile tea calms"}));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                RelevanceModel model = new RelevanceModel(Schema.TITLE, Schema.BODY);
                model.add(reader.termVectors().get(0), 2f);
                model.add(reader.termVectors().get(1), 1f);
                model.add(null, 5f);

                // Article 0 holds six useful words ("42", "ab" and "at" are not): valerian 3, root, tea, night 1 each.
                // Article 1 holds four: chamomile 2, tea, calms 1 each.
                List<String> strongest = new ArrayList<>();
                for (RelevanceModel.Weighted term : model.strongest(4)) {
                    strongest.add(term.term().utf8ToString() + " " + term.weight());
                }
                assertEquals(List.of(
                        "valerian " + (2f * 3 / 6.0),
                        "tea " + (2f / 6.0 + 1f / 4.0),
                        "chamomile " + (1f * 2 / 4.0),
                        // night and root tie: alphabetically.
                        "night " + (2f / 6.0)), strongest);
                assertEquals(6, model.strongest(10).length);
            }
        }
    }

    @Test
    void looksUpTheStatisticsOfManyTermsAsLuceneDoesOneByOne() throws IOException {
        List<String[]> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(new String[] {"note " + i, "sleep tea " + (i % 3 == 0 ? "valerian " : "") + (i % 7 == 0 ? "melatonin melatonin" : "")});
        }
        try (Directory directory = FSDirectory.open(folder)) {
            index(directory, articles);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                RelevanceModel.Weighted[] terms = weighted("valerian", "absent", "tea", "melatonin", "sleep");
                TermStates[] statistics = PseudoRelevanceFeedback.statistics(searcher, Schema.BODY, terms);
                for (int i = 0; i < terms.length; i++) {
                    TermStates expected = TermStates.build(searcher, new Term(Schema.BODY, terms[i].term()), true);
                    assertEquals(expected.docFreq(), statistics[i].docFreq());
                    assertEquals(expected.totalTermFreq(), statistics[i].totalTermFreq());
                    for (LeafReaderContext leaf : reader.leaves()) {
                        assertEquals(expected.get(leaf) == null, statistics[i].get(leaf) == null);
                    }
                }
                assertEquals(0, statistics[1].docFreq());
                assertNull(statistics[1].get(reader.leaves().get(0)));
            }
        }
    }

    @Test
    void scoresTheBestMatchesExactlyAsTheQueryOfTheTermsDoes() throws IOException {
        List<String[]> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(new String[] {"note " + i, "sleep " + "tea ".repeat(i % 4) + (i % 3 == 0 ? "valerian " : "")
                    + (i > 30 && i % 7 == 0 ? "melatonin melatonin " : "") + "words ".repeat(i % 11)});
        }
        try (Directory directory = FSDirectory.open(folder)) {
            index(directory, articles);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // melatonin stands only in the later segments, "absent" in none.
                RelevanceModel.Weighted[] weighted = weighted("valerian", "melatonin", "tea", "absent", "sleep");
                FeedbackTerms terms = new FeedbackTerms(Schema.BODY,
                        Arrays.stream(weighted).map(RelevanceModel.Weighted::term).toArray(BytesRef[]::new),
                        new float[] {0.37f, 0.21f, 0.113f, 0.5f, 0.0731f},
                        PseudoRelevanceFeedback.statistics(searcher, Schema.BODY, weighted));
                // The best matches in score order, not document order, across every segment.
                ScoreDoc[] hits = new ScoreDoc[40];
                for (int i = 0; i < hits.length; i++) {
                    hits[i] = new ScoreDoc((i * 37) % 60, 1);
                }
                int[] byDoc = Ranker.inDocOrder(hits, hits.length);
                float[] expected = Ranker.scores(searcher, terms.query(), hits, byDoc);
                assertArrayEquals(expected, terms.scores(searcher, hits, byDoc));
                assertTrue(expected[0] > 0, "the terms match");
            }
        }
    }

    /** Articles as (title, body), in several segments. */
    private static void index(Directory directory, List<String[]> articles) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < articles.size(); i++) {
                Document doc = new Document();
                doc.add(new Field(Schema.TITLE, articles.get(i)[0], WITH_VECTORS));
                doc.add(new Field(Schema.BODY, articles.get(i)[1], WITH_VECTORS));
                writer.addDocument(doc);
                if (i % 25 == 24) {
                    writer.commit();
                }
            }
        }
    }

    /** Each term with weight 1. */
    private static RelevanceModel.Weighted[] weighted(String... terms) {
        return Arrays.stream(terms).map(term -> new RelevanceModel.Weighted(new BytesRef(term), 1)).toArray(RelevanceModel.Weighted[]::new);
    }
}
