package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * query's best {@link Ranker#RESCORED} by them ({@code {!rerank}}, the typed query keeping its share). A query
 * that fewer than {@link Ranker#RESCORED} articles match is widened as the embedded engine widens it. Solr has no
 * feedback of its own: this costs one more request per search, three more for a widened one.
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
        QueryResponse first = ask.apply(aside(query, PseudoRelevanceFeedback.FEEDBACK_DOCS, SolrDocuments.ID, Schema.STORED, "score"));
        Map<Fields, Float> vectors = new LinkedHashMap<>();
        for (SolrDocument doc : first.getResults()) {
            Article article = SolrDocuments.article(doc).article();
            MemoryIndex index = new MemoryIndex();
            index.addField(Schema.TITLE, article.title(), INDEXING);
            index.addField(Schema.BODY, article.bodyText(), INDEXING);
            vectors.put(termVectors(index), score(doc));
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
        // The typed words as a query of their own, so that the search can take in the articles feedback adds.
        query.set("typed", "{!edismax v=$typedWords}");
        query.set("typedWords", query.getQuery());
        List<String> widened = first.getResults().getNumFound() < Ranker.RESCORED ? widened(query, ask) : List.of();
        if (!widened.isEmpty()) {
            // Local parameters in q count only for the standard parser. The added articles match at a score of
            // nothing, so that the feedback alone ranks them, as in the embedded engine.
            query.set("defType", "lucene");
            query.setQuery("{!bool should=$typed should=$widened}");
            // "Did you mean" (SolrRespelling) respells the typed words and tries its collations as they are searched.
            query.set("spellcheck.q", query.get("typedWords"));
            query.set("spellcheck.collateParam.defType", "edismax");
            query.set("widened", "{!boost b=0 v=$widenedIds}");
            query.set("widenedIds", "{!terms f=" + SolrDocuments.ID + "}" + String.join(",", widened));
        }
        query.set("rq", "{!rerank reRankQuery=$fb reRankDocs=" + (Ranker.RESCORED + widened.size())
                + " reRankWeight=" + FEEDBACK_WEIGHT + "}");
    }

    /**
     * The embedded engine's widening for a query that few articles match: the best articles by the feedback alone
     * that the typed words do not match but the filters let through, at most {@link Ranker#WIDENED}, each scoring at
     * least {@link Ranker#WIDENING_SHARE} of the best feedback score among the typed matches.
     */
    private static List<String> widened(SolrQuery query, Function<SolrQuery, QueryResponse> ask) {
        SolrQuery typedBest = aside(query, 1, "score");
        typedBest.set("defType", "lucene");
        typedBest.setQuery("{!query v=$fb}");
        typedBest.addFilterQuery("{!query v=$typed}");
        Float best = ask.apply(typedBest).getResults().getMaxScore();
        if (best == null || best <= 0) {
            return List.of();
        }
        SolrQuery others = aside(query, Ranker.WIDENED, SolrDocuments.ID, "score");
        others.set("defType", "lucene");
        others.setQuery("{!query v=$fb}");
        others.addFilterQuery("{!bool must_not=$typed}");
        float least = Ranker.WIDENING_SHARE * best;
        List<String> widened = new ArrayList<>();
        for (SolrDocument doc : ask.apply(others).getResults()) {
            if (score(doc) >= least) {
                widened.add((String) doc.getFirstValue(SolrDocuments.ID));
            }
        }
        return widened;
    }

    /** A copy of {@code query} for a request of its own: its words and filters, no facets, snippets or elevation. */
    private static SolrQuery aside(SolrQuery query, int rows, String... fields) {
        SolrQuery copy = query.getCopy();
        copy.setStart(0);
        copy.setRows(rows);
        copy.setFields(fields);
        copy.setFacet(false);
        copy.setHighlight(false);
        copy.remove("elevateIds");
        copy.remove("forceElevation");
        copy.remove("rq");
        copy.remove("sort");
        return copy;
    }

    private static float score(SolrDocument doc) {
        return doc.getFirstValue("score") instanceof Number n ? n.floatValue() : 0f;
    }

    private static Fields termVectors(MemoryIndex index) {
        try {
            return index.createSearcher().getIndexReader().leaves().get(0).reader().termVectors().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
