package org.sleepkb.search.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.corpus.SubstanceProfile;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.Schema;
import org.sleepkb.search.Suggestion;

/** Autocomplete on Solr. */
final class SolrSuggestions {

    private final CurrentCollection current;

    SolrSuggestions(CurrentCollection current) {
        this.current = current;
    }

    /** Topics and substances whose name or an alias begins with the prefix, then articles whose title does. */
    List<Suggestion> suggest(String prefix, int limit, Catalog catalog) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            if (topic.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
                found.add(new Suggestion(topic.name(), "topic", topic.id()));
            }
        }
        for (SubstanceProfile substance : catalog.substances()) {
            boolean named = substance.name().toLowerCase(Locale.ROOT).startsWith(typed)
                    || substance.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(typed));
            if (named) {
                found.add(new Suggestion(substance.name(), "substance", substance.id()));
            }
        }
        SolrQuery query = SolrQueries.articles("{!prefix f=" + SolrDocuments.TITLE_KEY + " v=$typed}");
        query.set("typed", typed);
        query.addSort(SolrDocuments.TITLE_KEY, SolrQuery.ORDER.asc);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, Schema.TITLE);
        for (SolrDocument doc : current.query(query).getResults()) {
            found.add(new Suggestion((String) doc.getFirstValue(Schema.TITLE), "article", (String) doc.getFirstValue(SolrDocuments.ID)));
        }
        return found.subList(0, Math.min(limit, found.size()));
    }
}
