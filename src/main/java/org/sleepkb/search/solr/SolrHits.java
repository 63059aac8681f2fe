package org.sleepkb.search.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.corpus.Article;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.Schema;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.Hit;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.safety.Safety;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.Section;
import org.sleepkb.search.facet.Facets;
import org.sleepkb.search.snippet.SnippetFormatter;

/** Reads Solr's answer as the embedded engine answers: hits with snippet, section and safety panel, facet counts. */
final class SolrHits {

    private SolrHits() {
    }

    /** The hits of {@code response}, scored by {@code scores}, each with the highlighter's snippet (the summary when it found none). */
    static List<Hit> of(QueryResponse response, LocalDate today, Map<String, Float> scores) {
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting() == null ? Map.of() : response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            List<String> snippets = highlights.getOrDefault((String) doc.getFirstValue(SolrDocuments.ID), Map.of())
                    .getOrDefault(Schema.BODY, List.of());
            hits.add(hit(doc, snippets.isEmpty() ? null : snippets.get(0), today, scores.getOrDefault((String) doc.getFirstValue(SolrDocuments.ID), 0f)));
        }
        return hits;
    }

    /** The hit of {@code doc} with {@code snippet}, or its summary when null. */
    static Hit hit(SolrDocument doc, String snippet, LocalDate today, float score) {
        IndexedArticle indexed = SolrDocuments.article(doc);
        Article article = indexed.article();
        String shown = snippet != null ? snippet : escape(article.summary());
        return new Hit(article.slug(), article.title(), article.summary(), shown,
                score, article.topics(), article.substances(),
                sectionOf(article, shown), true, HitSafety.of(Safety.of(indexed, today)));
    }

    /** Per dimension the counts of {@code response}'s facets, labelled and ordered as the embedded engine does. */
    static Map<String, List<FacetCount>> facets(QueryResponse response, SearchRequest request, Catalog catalog) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : Facets.DIMENSIONS) {
            FacetField field = response.getFacetField(dimension);
            List<LabelAndValue> values = new ArrayList<>();
            if (field != null && field.getValues() != null) {
                field.getValues().forEach(count -> values.add(new LabelAndValue(count.getName(), count.getCount())));
            }
            facets.put(dimension, Facets.counts(dimension, values, request.selected(dimension), catalog));
        }
        return facets;
    }

    /** The heading under which the snippet's text stands, or null for the introduction. */
    private static Section sectionOf(Article article, String snippet) {
        String plain = snippet.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").strip();
        String probe = plain.substring(0, Math.min(40, plain.length()));
        for (org.sleepkb.corpus.Section section : article.sections()) {
            if (!probe.isEmpty() && section.text().contains(probe)) {
                return section.heading() == null ? null : new Section(section.heading().anchor(), section.heading().text());
            }
        }
        return null;
    }

    /** {@code text} as snippet HTML, escaped as the embedded engine escapes it. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        SnippetFormatter.escape(text, 0, text.length(), out);
        return out.toString();
    }
}
