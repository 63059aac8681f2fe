package org.sleepkb.search.facet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.Schema;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.SearchRequest;

/** The facet dimensions a search offers, and how their values are labelled for people. */
public final class Facets {

    public static final List<String> DIMENSIONS = List.of(Schema.TOPIC, Schema.SUBSTANCE, Schema.EVIDENCE, Schema.RISK);

    private Facets() {
    }

    /** {@code query} (every document when null) under the request's facet filters. */
    public static DrillDownQuery filtered(Query query, SearchRequest request) {
        DrillDownQuery drill = new DrillDownQuery(Schema.facetsConfig(), query);
        for (String dimension : DIMENSIONS) {
            for (String value : request.selected(dimension)) {
                drill.add(dimension, value);
            }
        }
        return drill;
    }

    public static UnaryOperator<String> labeller(String dimension, Catalog catalog) {
        return switch (dimension) {
            case Schema.TOPIC -> id -> catalog.topic(id).map(t -> t.name()).orElse(id);
            case Schema.SUBSTANCE -> {
                Map<String, String> names = catalog.substanceNames();
                yield id -> names.getOrDefault(id, id);
            }
            case Schema.EVIDENCE -> id -> EvidenceGrade.fromId(id).map(EvidenceGrade::label).orElse(id);
            case Schema.RISK -> id -> Schema.NO_SUBSTANCE.equals(id)
                    ? "No substance" : RiskLevel.fromId(id).map(RiskLevel::label).orElse(id);
            default -> UnaryOperator.identity();
        };
    }

    /** Counts of one dimension, with selected values listed even when they count zero so they can be removed. */
    public static List<FacetCount> counts(String dimension, List<LabelAndValue> values, Set<String> selected, Catalog catalog) {
        UnaryOperator<String> label = labeller(dimension, catalog);
        Map<String, FacetCount> counts = new LinkedHashMap<>();
        for (LabelAndValue value : values) {
            counts.put(value.label, new FacetCount(value.label, label.apply(value.label),
                    value.value.longValue(), selected.contains(value.label)));
        }
        for (String value : selected) {
            counts.putIfAbsent(value, new FacetCount(value, label.apply(value), 0, true));
        }
        List<FacetCount> ordered = new ArrayList<>(counts.values());
        if (Schema.EVIDENCE.equals(dimension) || Schema.RISK.equals(dimension)) {
            ordered.sort(java.util.Comparator.comparing(FacetCount::value, Facets::ordinalOrder));
        }
        return ordered;
    }

    /** Evidence and risk read best in their natural order (high to low), not by count. */
    private static int ordinalOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String value) {
        return EvidenceGrade.fromId(value).map(Enum::ordinal)
                .or(() -> RiskLevel.fromId(value).map(r -> RiskLevel.values().length - r.ordinal()))
                .orElse(99);
    }
}
