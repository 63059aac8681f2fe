package org.sleepkb.search.solr;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.sleepkb.index.Schema;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.facet.Facets;
import org.sleepkb.search.query.QueryFactory;

/** The request parameters of a search by words: edismax over the embedded engine's fields, facets and highlighting. */
final class SolrQueries {

    /** The embedded engine's field weights ({@code search.query.QueryFactory}). */
    private static final String FIELDS = Schema.TITLE + "^1.5 " + Schema.SUBSTANCE_NAMES + "^2 " + Schema.HEADINGS + "^1.25 "
            + Schema.SUMMARY + "^1.25 " + Schema.TOPIC_NAMES + "^1.25 " + Schema.BODY;
    /** Fields a query may name, as in the embedded engine ({@code topic:insomnia}). */
    private static final String NAMEABLE = String.join(" ", Schema.TITLE, Schema.TOPIC, Schema.SUBSTANCE, Schema.EVIDENCE, Schema.RISK);

    private SolrQueries() {
    }

    /** Only article documents, never the reindex's metadata (or passages). */
    static SolrQuery articles(String q) {
        SolrQuery query = new SolrQuery(q);
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        return query;
    }

    /** Articles matching {@code text} by the engine's fields and weights, or every article in title order. */
    static SolrQuery words(String text) {
        // Punctuation, not syntax: "?" and "!" are no wildcard or negation, a colon names only a nameable field.
        String cleaned = QueryFactory.neutralise(text);
        if (cleaned.isBlank()) {
            SolrQuery query = articles("*:*");
            query.addSort(SolrDocuments.TITLE_KEY, SolrQuery.ORDER.asc);
            return query;
        }
        SolrQuery query = articles(cleaned);
        query.set("defType", "edismax");
        wordParameters(query);
        return query;
    }

    /** How edismax reads words here, for the query, a sub-query or the highlighter's query. */
    static void wordParameters(SolrQuery query) {
        query.set("qf", FIELDS);
        // A word's scores in the fields add up, as in the embedded engine's query (dismax would keep the best field only).
        query.set("tie", "1");
        query.set("uf", NAMEABLE);
        // Whole query to the analyzer, so multi-word synonyms ("can't sleep") match as they do embedded.
        query.set("sow", false);
        query.set("q.op", "OR");
        query.set("pf", Schema.BODY);
        query.set("ps", 3);
    }

    /** The request's facet filters, each tagged with its dimension so that the dimension's own counts leave it out. */
    static void filterAndCount(SolrQuery query, SearchRequest request) {
        for (String dimension : Facets.DIMENSIONS) {
            Set<String> selected = request.selected(dimension);
            if (!selected.isEmpty()) {
                query.addFilterQuery("{!terms tag=" + dimension + " f=" + dimension + "}" + String.join(",", selected));
            }
            query.addFacetField("{!ex=" + dimension + "}" + dimension);
        }
        query.setFacetMinCount(1);
        query.setFacetLimit(-1);
    }

    /**
     * One snippet from the body by the unified highlighter, HTML-escaped with the words of {@code text} in
     * {@code <mark>}; the body's opening where none of them stands in it.
     */
    static void snippets(SolrQuery query, String text) {
        wordParameters(query);
        query.set("hl.q", text);
        query.set("hl.qparser", "edismax");
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", Schema.BODY);
        query.set("hl.snippets", 1);
        query.set("hl.fragsize", 220);
        query.set("hl.encoder", "html");
        query.set("hl.defaultSummary", true);
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
    }

    /** {@code weight} times the share of {@code values} another article also holds in {@code field}, as a function query. */
    static String sharedShare(String field, List<String> values, double weight) {
        if (values.isEmpty()) {
            return "0";
        }
        String held = values.stream().map(v -> "termfreq(" + field + ",'" + v.replace("'", "") + "')").collect(Collectors.joining(","));
        return "product(" + weight / values.size() + (values.size() == 1 ? "," + held : ",sum(" + held + ")") + ")";
    }
}
