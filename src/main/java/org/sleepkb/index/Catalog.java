package org.sleepkb.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sleepkb.io.Json;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;

/**
 * The topic list, substance profiles and products of the corpus an index was built from, kept in
 * the commit, so that pages can label facets and list topics, and a query that names a substance
 * or product can be answered with its safety facts, without reading corpus files.
 */
public record Catalog(List<Topic> topics, List<SubstanceProfile> substances, List<Product> products) {

    public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of());

    public Catalog {
        topics = List.copyOf(topics);
        substances = List.copyOf(substances);
        products = List.copyOf(products);
    }

    public static Catalog of(Corpus corpus) {
        return new Catalog(corpus.topics(),
                corpus.substances().values().stream().sorted(Comparator.comparing(SubstanceProfile::name)).toList(),
                corpus.products().values().stream().sorted(Comparator.comparing(Product::name)).toList());
    }

    public Map<String, SubstanceProfile> substancesById() {
        return substances.stream().collect(Collectors.toMap(SubstanceProfile::id, Function.identity()));
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, String> substanceNames() {
        return substances.stream().collect(Collectors.toMap(SubstanceProfile::id, SubstanceProfile::name));
    }

    public Map<String, Topic> topicsById() {
        return topics.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    }

    String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog is always serialisable", e);
        }
    }

    public static Catalog fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return Json.MAPPER.readValue(json, Catalog.class);
        } catch (JsonProcessingException e) {
            return EMPTY;
        }
    }
}
