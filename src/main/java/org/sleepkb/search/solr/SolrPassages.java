package org.sleepkb.search.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passage;
import org.sleepkb.embed.Passages;
import org.sleepkb.index.IndexedArticle;

/**
 * The passage documents of one reindex: the embedded engine's passages ({@link Passages}) of each article, each with
 * its vector from the sentence model. Vectors the collection behind the alias holds are reused by passage key (model
 * and text), so a new collection embeds only passages that are new or changed.
 */
final class SolrPassages {

    static final String OF = "passage_of";
    static final String KEY = "passage_key";
    static final String VECTOR = "vector";
    private static final int ALL = 1_000_000;

    private final Embedder embedder;
    private final Supplier<Map<String, float[]>> previous;
    private Map<String, float[]> cached;

    /** Passages embedded by {@code embedder}, reusing the vectors {@code previous} reads when first needed. */
    SolrPassages(Embedder embedder, Supplier<Map<String, float[]>> previous) {
        this.embedder = embedder;
        this.previous = previous;
    }

    /** The vectors of the collection {@code current} names, by passage key. */
    static Map<String, float[]> vectorsOf(CurrentCollection current) {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.PASSAGE);
        query.setFields(KEY, VECTOR);
        query.setRows(ALL);
        Map<String, float[]> vectors = new HashMap<>();
        for (SolrDocument doc : current.query(query).getResults()) {
            Collection<Object> values = doc.getFieldValues(VECTOR);
            if (values != null) {
                float[] vector = new float[values.size()];
                int i = 0;
                for (Object value : values) {
                    vector[i++] = ((Number) value).floatValue();
                }
                vectors.put((String) doc.getFirstValue(KEY), vector);
            }
        }
        return vectors;
    }

    /** The passage documents of {@code indexed}'s article, with the article's facet values. */
    List<SolrInputDocument> of(IndexedArticle indexed) {
        String slug = indexed.article().slug();
        List<Passage> passages = Passages.of(indexed.article());
        if (cached == null) {
            cached = new HashMap<>(previous.get());
        }
        List<String> keys = Passages.embedInto(cached, embedder, passages);
        List<SolrInputDocument> docs = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField(SolrDocuments.ID, slug + "#" + i);
            doc.setField(SolrDocuments.KIND, SolrDocuments.PASSAGE);
            doc.setField(OF, slug);
            doc.setField(KEY, keys.get(i));
            List<Float> vector = new ArrayList<>();
            for (float value : cached.get(keys.get(i))) {
                vector.add(value);
            }
            doc.setField(VECTOR, vector);
            SolrDocuments.addFacets(doc, indexed);
            docs.add(doc);
        }
        return docs;
    }
}
