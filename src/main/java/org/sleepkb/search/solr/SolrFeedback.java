package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.corpus.Article;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.rank.PseudoRelevanceFeedback;
import org.sleepkb.search.rank.Ranker;

/**
 * The embedded engine's pseudo-relevance feedback (RM3) for a search by plain words on SolrCloud: the best
 * articles of the typed query are fetched, their title and body analysed as the index analyses them, the
 * relevance model's heaviest body terms chosen with the embedded engine's own code, and Solr re-ranks the
 * query's best {@link Ranker#RESCORED} by them ({@code {!rerank}}, the typed query keeping its share). Solr has
 * no feedback of its own; this costs a second request per search. Unlike the embedded engine, feedback only
 * reorders: it adds no article outside the typed matches (no widening).
 */
final class SolrFeedback {

    private static final Analyzer INDEXING = Analyzers.forIndexing();
    private static final QueryFactory QUERIES = new QueryFactory(Analyzers.forQueries(""));
    /** Re-ranking adds the feedback to the typed score; dividing by the typed share ranks as the embedded mix does. */
    private static final float FEEDBACK_WEIGHT = 1 / PseudoRelevanceFeedback.ORIGINAL_WEIGHT;

    private SolrFeedback() {
    }

    /**
     * Adds the feedback of {@code text}'s best articles to {@code query} (its words, its filters) as a re-rank
     * query; leaves it as it is for a query written with syntax or one that finds nothing.
     *
     * @param ask sends a query to the collection
     */
    static void apply(SolrQuery query, String text, Function<SolrQuery, QueryResponse> ask) {
        QueryFactory.Parsed parsed = QUERIES.parse(text);
        if (!parsed.plain() || parsed.terms().isEmpty()) {
            return;
        }
        SolrQuery best = query.getCopy();
        best.setStart(0);
        best.setRows(PseudoRelevanceFeedback.FEEDBACK_DOCS);
        best.setFields(SolrDocuments.ID, Schema.STORED, "score");
        best.setFacet(false);
        best.setHighlight(false);
        best.remove("elevateIds");
        best.remove("forceElevation");
        Map<Fields, Float> vectors = new LinkedHashMap<>();
        for (SolrDocument doc : ask.apply(best).getResults()) {
            Article article = SolrDocuments.article(doc).article();
            MemoryIndex index = new MemoryIndex();
            index.addField(Schema.TITLE, article.title(), INDEXING);
            index.addField(Schema.BODY, article.bodyText(), INDEXING);
            Object score = doc.getFirstValue("score");
            vectors.put(termVectors(index), score instanceof Number n ? n.floatValue() : 0f);
        }
        Map<String, Float> terms;
        try {
            terms = PseudoRelevanceFeedback.terms(vectors, parsed.terms().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return;
        }
        StringBuilder feedback = new StringBuilder("{!bool");
        int i = 0;
        for (Map.Entry<String, Float> term : terms.entrySet()) {
            // Terms as the index holds them (already stemmed): the term parser looks them up without analysis.
            query.set("fb" + i, String.format(Locale.ROOT, "{!boost b=%s v=$fbt%d}", term.getValue(), i));
            query.set("fbt" + i, "{!term f=" + Schema.BODY + " v=$fbw" + i + "}");
            query.set("fbw" + i, term.getKey());
            feedback.append(" should=$fb").append(i);
            i++;
        }
        query.set("fb", feedback.append('}').toString());
        query.set("rq", "{!rerank reRankQuery=$fb reRankDocs=" + Ranker.RESCORED + " reRankWeight=" + FEEDBACK_WEIGHT + "}");
    }

    private static Fields termVectors(MemoryIndex index) {
        try {
            return index.createSearcher().getIndexReader().leaves().get(0).reader().termVectors().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
