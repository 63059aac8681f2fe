package org.sleepkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passage;
import org.sleepkb.embed.Passages;

/**
 * Writes the passage documents of semantic search during one reindex. Each passage's vector is
 * cached under the hash of the model and its text: vectors already in the index are reused, so a
 * reindex embeds only passages that are new or changed, even when the index is rebuilt in full.
 */
final class PassageIndex {

    private static final FacetsConfig FACETS = Schema.facetsConfig();

    /** Reads the vectors a reindex may reuse. */
    @FunctionalInterface
    interface Previous {
        Map<String, float[]> vectors() throws IOException;
    }

    private final Embedder embedder;
    private final Previous previous;
    private Map<String, float[]> cached;

    /**
     * Starts a reindex that may reuse the vectors {@code previous} reads; they are read when the
     * first article needs passages, so a reindex that changes nothing reads none.
     */
    PassageIndex(Embedder embedder, Previous previous) {
        this.embedder = embedder;
        this.previous = previous;
    }

    /** What {@link Schema#COMMIT_EMBEDDINGS} records for vectors of this model and passage cut. */
    static String embeddingsOf(Embedder embedder) {
        return Passages.embeddings(embedder);
    }

    /** The vectors in {@code previous} (the index with its passages visible), by passage key. */
    static Map<String, float[]> vectorsOf(IndexReader previous) throws IOException {
        Map<String, float[]> cached = new HashMap<>();
        for (LeafReaderContext leaf : previous.leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            if (vectors == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                if (live == null || live.get(doc)) {
                    String key = stored.document(doc, Set.of(Schema.PASSAGE_KEY)).get(Schema.PASSAGE_KEY);
                    cached.put(key, vectors.vectorValue().clone());
                }
            }
        }
        return cached;
    }

    /** Replaces the passages of {@code indexed}'s article with those of its current text. */
    void replace(IndexWriter writer, IndexedArticle indexed) throws IOException {
        delete(writer, indexed.article().slug());
        add(writer, indexed);
    }

    /** Adds the passages of an article that has none in the index yet. */
    void add(IndexWriter writer, IndexedArticle indexed) throws IOException {
        List<Passage> passages = Passages.of(indexed.article());
        if (cached == null) {
            cached = previous.vectors();
        }
        List<String> keys = Passages.embedInto(cached, embedder, passages);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            docs.add(toDocument(indexed, passages.get(i), keys.get(i), cached.get(keys.get(i))));
        }
        writer.addDocuments(docs);
    }

    static void delete(IndexWriter writer, String slug) throws IOException {
        writer.deleteDocuments(new Term(Schema.PASSAGE_OF, slug));
    }

    private static Document toDocument(IndexedArticle indexed, Passage passage, String key, float[] vector) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Schema.PASSAGE_OF, indexed.article().slug(), Field.Store.YES));
        doc.add(new StoredField(Schema.PASSAGE_KEY, key));
        if (passage.anchor() != null) {
            doc.add(new StoredField(Schema.PASSAGE_ANCHOR, passage.anchor()));
        }
        doc.add(new KnnFloatVectorField(Schema.VECTOR, vector, VectorSimilarityFunction.COSINE));
        ArticleDocument.addFacets(doc, indexed);
        return FACETS.build(doc);
    }
}
