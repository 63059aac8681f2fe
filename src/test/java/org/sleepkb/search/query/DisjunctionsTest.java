package org.sleepkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flattened query matches the same documents as the nested one, with the same scores. */
class DisjunctionsTest {

    private static final List<String> WORDS = List.of("sleep", "stress", "melatonin", "caffeine", "night", "tea");

    @TempDir
    Path folder;

    @Test
    void wordsOfSeveralFieldsBecomeOneDisjunction() {
        Query nested = words(Occur.SHOULD, "sleep", "stress");
        BooleanQuery flat = (BooleanQuery) Disjunctions.flattened(nested);
        assertEquals(4, flat.clauses().size());
        assertEquals(List.of(Occur.SHOULD), flat.clauses().stream().map(c -> c.getOccur()).distinct().toList());
    }

    @Test
    void requiredAndExcludedGroupsStayWholeAndAWeightMovesOntoTheClauses() {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(word("sleep"), Occur.MUST)
                .add(word("tea"), Occur.MUST_NOT)
                .add(new BoostQuery(word("night"), 2f), Occur.SHOULD)
                .add(word("stress"), Occur.SHOULD);
        BooleanQuery flat = (BooleanQuery) Disjunctions.flattened(query.build());
        assertEquals(List.of(word("sleep"), word("tea"),
                new BoostQuery(new BoostQuery(new TermQuery(new Term("title", "night")), 1.5f), 2f),
                new BoostQuery(new TermQuery(new Term("body", "night")), 2f),
                new BoostQuery(new TermQuery(new Term("title", "stress")), 1.5f),
                new TermQuery(new Term("body", "stress"))), flat.clauses().stream().map(c -> c.getQuery()).toList());
        BooleanQuery atLeastTwo = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(word("sleep"), Occur.SHOULD).add(word("tea"), Occur.SHOULD).build();
        assertSame(atLeastTwo, Disjunctions.flattened(atLeastTwo), "with a minimum to match, the groups count as wholes");
    }

    @Test
    void flatAndNestedFindTheSameArticlesWithTheSameScores() throws IOException {
        Random random = new Random(11);
        try (Directory directory = FSDirectory.open(folder)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 200; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("title", text(random, 3), Field.Store.NO));
                    doc.add(new TextField("body", text(random, 20), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Query> queries = List.of(words(Occur.SHOULD, "sleep", "stress", "tea"),
                        new BooleanQuery.Builder().add(new BoostQuery(words(Occur.SHOULD, "night", "tea"), 1.25f), Occur.SHOULD)
                                .add(word("caffeine"), Occur.SHOULD).build(),
                        new BooleanQuery.Builder().add(word("melatonin"), Occur.MUST).add(word("night"), Occur.SHOULD)
                                .add(word("caffeine"), Occur.SHOULD).build(),
                        new BooleanQuery.Builder().add(word("tea"), Occur.MUST_NOT).add(word("sleep"), Occur.SHOULD)
                                .add(word("stress"), Occur.SHOULD).build());
                for (Query nested : queries) {
                    Query flat = Disjunctions.flattened(nested);
                    ScoreDoc[] expected = searcher.search(nested, 200).scoreDocs;
                    ScoreDoc[] actual = searcher.search(flat, 200).scoreDocs;
                    assertEquals(expected.length, actual.length, nested.toString());
                    for (int i = 0; i < expected.length; i++) {
                        assertEquals(expected[i].score, searcher.explain(flat, expected[i].doc).getValue().floatValue(),
                                expected[i].score * 1e-6f, nested.toString());
                    }
                }
            }
        }
    }

    /** A word as the parser makes it: a disjunction of its fields, the title weighted. */
    private static Query word(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", word)), 1.5f), Occur.SHOULD)
                .add(new TermQuery(new Term("body", word)), Occur.SHOULD)
                .build();
    }

    private static Query words(Occur occur, String... words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(word(word), occur);
        }
        return query.build();
    }

    private static String text(Random random, int length) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }
}
