package org.sleepkb.search.solr;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.Schema;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.crisis.Crisis;
import org.sleepkb.search.crisis.CrisisClassifier;
import org.sleepkb.search.query.QueryNames;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.RelevanceCut;
import org.sleepkb.search.rank.SafetyQuestion;

/**
 * A search on Solr answered as the embedded engine answers it: the articles that answer the query are ranked without
 * the filters ({@link SolrRanking}), the list ends where relevance does, and one more request lists the page of them
 * that passes the filters, in that order, with snippets and the facet counts of what is listed.
 */
final class SolrSearch {

    private final CurrentCollection current;
    private final SolrRanking ranking;
    private final SolrOptions options;
    private final CrisisClassifier crises = CrisisClassifier.bundled();

    SolrSearch(CurrentCollection current, SolrRanking ranking, SolrOptions options) {
        this.current = current;
        this.ranking = ranking;
        this.options = options;
    }

    SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        String text = request.query();
        Crisis crisis = crises.classify(text).orElse(null);
        Catalog catalog = current.meta().catalog();
        QueryResponse response;
        String shown = text;
        String suggestion = null;
        String correctedFrom = null;
        QueryNames.Named named = QueryNames.Named.NONE;
        Map<String, Float> scores = new HashMap<>();
        long folded = 0;
        if (text.isBlank()) {
            response = current.query(browsing(request));
        } else {
            int depth = Math.max(request.page() * request.pageSize(), RelevanceCut.MOST);
            SolrRanking.Ranked ranked = ranking.rank(text, depth, respellable(text));
            String searched = text;
            SolrRespelling.Respelling respelt = ranked.respelling();
            if (respelt != null) {
                if (ranked.byWords() == 0) {
                    // Nothing found as typed: the respelling is searched and shown, and the answer says so.
                    shown = respelt.text();
                    searched = respelt.text();
                    correctedFrom = text;
                } else if (respelt.confident()) {
                    // A plain typo of a word articles are about: the respelling is searched, the query stays as typed.
                    searched = respelt.text();
                    suggestion = respelt.text();
                } else if (respelt.found() > ranked.byWords()) {
                    suggestion = respelt.text();
                }
                if (!searched.equals(text)) {
                    ranked = ranking.rank(searched, depth, false);
                }
            }
            // What the query names, as typed or as respelt, is read from the catalog with the embedded engine's own code.
            named = new QueryNames(catalog).in(List.of(text, searched));
            if (SafetyQuestion.asks(text)) {
                ranked = ranking.reviewedFirst(ranked, named.substances());
            }
            // The articles that help in a crisis come first, whatever the words match; a filtered search keeps to its filters.
            ranked = SolrRanking.before(ranked, crisis == null || request.hasFilters() ? List.of() : crisis.kind().articles(), depth);
            List<Fusion.Scored<String>> listed = request.wholeList() ? ranked.docs() : SolrRanking.listed(ranked);
            listed.forEach(doc -> scores.put(doc.key(), doc.score()));
            response = current.query(page(listed.stream().map(Fusion.Scored::key).toList(), searched, request));
            long matches = request.hasFilters() ? matches(searched, ranked.relevant(), request) : ranked.matches();
            folded = request.wholeList() ? 0 : Math.max(0, matches - response.getResults().getNumFound());
        }
        return new SearchResult(shown, response.getResults().getNumFound(), SolrHits.of(response, LocalDate.now(options.clock()), scores),
                SolrHits.facets(response, request, catalog), suggestion, correctedFrom, request.page(), request.pageSize(), folded, crisis,
                named.about(), named.combinations(), (System.nanoTime() - start) / 1_000_000.0);
    }

    /**
     * Whether {@code typed} may be respelled, as in the embedded engine: not when it reads like a crisis, nor when it
     * is written in another language than the corpus's.
     */
    private boolean respellable(String typed) {
        return crises.classify(typed).isEmpty() && crises.language(typed).equals(crises.corpusLanguage());
    }

    /** Every article under the request's filters, in title order. */
    private static SolrQuery browsing(SearchRequest request) {
        SolrQuery query = SolrQueries.words("");
        paged(query, request);
        SolrQueries.filterAndCount(query, request);
        return query;
    }

    /**
     * The page of {@code listed} (best first) that passes the request's filters, in the order of {@code listed}
     * (elevated in that order), with the facet counts of the listed articles and snippets for {@code text}.
     */
    private static SolrQuery page(List<String> listed, String text, SearchRequest request) {
        SolrQuery query = SolrQueries.articles("{!terms f=" + SolrDocuments.ID + " v=$listed}");
        query.set("listed", listed.isEmpty() ? "-" : String.join(",", listed));
        if (!listed.isEmpty()) {
            query.set("elevateIds", String.join(",", listed));
            query.set("forceElevation", true);
        }
        paged(query, request);
        SolrQueries.filterAndCount(query, request);
        SolrQueries.snippets(query, text);
        return query;
    }

    private static void paged(SolrQuery query, SearchRequest request) {
        query.setStart((request.page() - 1) * request.pageSize());
        query.setRows(request.pageSize());
        query.setFields(SolrDocuments.ID, Schema.STORED);
    }

    /** How many articles match {@code text} by words, or are {@code relevant} by meaning, under the request's filters. */
    private long matches(String text, Set<String> relevant, SearchRequest request) {
        SolrQuery query = SolrQueries.articles(relevant.isEmpty() ? "{!edismax v=$text}" : "{!bool should=$words should=$meant}");
        query.set("text", text);
        query.set("words", "{!edismax v=$text}");
        query.set("meant", "{!terms f=" + SolrDocuments.ID + "}" + String.join(",", relevant));
        SolrQueries.wordParameters(query);
        SolrQueries.filterAndCount(query, request);
        query.setFacet(false);
        query.setRows(0);
        return current.query(query).getResults().getNumFound();
    }
}
