package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.Suggestion;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.IndexedArticle;

/**
 * Autocomplete by Solr's infix suggester ({@code /suggest}, BlendedInfix) over article titles, topic names and
 * substance names and aliases, as the embedded suggester: a typed prefix matches the start of any word of a label
 * ("theanine" finds "L-theanine"); a match at the label's start, then an article, then a shorter label weighs more.
 */
final class SolrSuggestions {

    static final String LABEL = "suggest_label";
    static final String TARGET = "suggest_target";
    static final String WEIGHT = "suggest_weight";

    private final SolrNodes nodes;
    private final String alias;

    SolrSuggestions(SolrNodes nodes, String alias) {
        this.nodes = nodes;
        this.alias = alias;
    }

    /** The suggestion documents of a collection: one per title, topic name, substance name and alias. */
    static List<SolrInputDocument> documents(List<IndexedArticle> articles, Catalog catalog) {
        List<SolrInputDocument> docs = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            docs.add(document(docs.size(), topic.name(), "topic", topic.id()));
        }
        for (SubstanceProfile substance : catalog.substances()) {
            docs.add(document(docs.size(), substance.name(), "substance", substance.id()));
            substance.aliases().forEach(alias -> docs.add(document(docs.size(), alias, "substance", substance.id())));
        }
        for (IndexedArticle article : articles) {
            docs.add(document(docs.size(), article.article().title(), "article", article.article().slug()));
        }
        return docs;
    }

    /**
     * Weights between 100 and 109, so that the infix lookup's discount for a match at a later word (a tenth per
     * word) outweighs them: an article before a topic or substance, a shorter label before a longer one.
     */
    private static SolrInputDocument document(int number, String label, String kind, String target) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrDocuments.ID, "_suggestion_" + number);
        doc.setField(SolrDocuments.KIND, SolrDocuments.SUGGESTION);
        doc.setField(LABEL, label);
        doc.setField(TARGET, kind + ":" + target);
        doc.setField(WEIGHT, 100L + ("article".equals(kind) ? 5 : 0) + Math.max(0, 40 - label.length()) / 10);
        return doc;
    }

    List<org.sleepkb.search.Suggestion> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        SolrQuery query = new SolrQuery();
        query.setRequestHandler("/suggest");
        query.set("suggest.q", typed);
        // Aliases of one substance are several labels of one target: ask for more, keep each label once.
        query.set("suggest.count", limit * 3);
        QueryRequest request = new QueryRequest(query, SolrRequest.METHOD.POST);
        request.setPath("/suggest");
        List<Suggestion> found;
        try {
            var response = nodes.send(request, alias).getSuggesterResponse();
            found = response == null ? List.of() : response.getSuggestions().getOrDefault("infix", List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<org.sleepkb.search.Suggestion> suggestions = new LinkedHashSet<>();
        for (Suggestion suggestion : found) {
            String[] target = suggestion.getPayload().split(":", 2);
            suggestions.add(new org.sleepkb.search.Suggestion(suggestion.getTerm(), target[0], target[1]));
        }
        return suggestions.stream().limit(limit).toList();
    }
}
