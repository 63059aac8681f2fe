package org.sleepkb.search.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.index.Schema;

/**
 * The first stage keeps the best matches by score and equal scores in slug order, whatever order
 * the matches come in and however the slugs lie across segments.
 */
class BestMatchesTest {

    @TempDir
    Path folder;

    @Test
    void keepsTheBestByScoreAndEqualScoresInSlugOrder() throws IOException {
        Random random = new Random(7);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            slugs.add("article-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i);
        }
        try (Directory directory = FSDirectory.open(folder)) {
            // Several segments, slugs in no order within or across them.
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < slugs.size(); i++) {
                    Document doc = new Document();
                    doc.add(new SortedDocValuesField(Schema.SLUG, new BytesRef(slugs.get(i))));
                    writer.addDocument(doc);
                    if (i % 70 == 69) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                SlugOrder order = SlugOrder.of(reader);
                // Few distinct scores (about ten matches each), so that many places are decided by the slug.
                float[] scores = new float[slugs.size()];
                for (int doc = 0; doc < scores.length; doc++) {
                    scores[doc] = random.nextInt(30) / 2f;
                }
                BestMatches best = new BestMatches(25, order);
                BestMatches other = new BestMatches(25, order);
                for (int doc = 0; doc < scores.length; doc++) {
                    (doc % 3 == 0 ? other : best).offer(doc, scores[doc]);
                }
                best.addAll(other);

                List<Integer> all = new ArrayList<>();
                for (int doc = 0; doc < scores.length; doc++) {
                    all.add(doc);
                }
                Collections.sort(all, Comparator.comparingDouble((Integer doc) -> -scores[doc]).thenComparing(slugs::get));
                List<String> expected = new ArrayList<>();
                for (int doc : all.subList(0, 25)) {
                    expected.add(scores[doc] + " " + slugs.get(doc));
                }
                List<String> kept = new ArrayList<>();
                for (FieldDoc hit : best.best()) {
                    assertEquals(hit.score, (Float) hit.fields[0]);
                    kept.add(hit.score + " " + ((BytesRef) hit.fields[1]).utf8ToString());
                }
                assertEquals(expected, kept);
            }
        }
    }
}
