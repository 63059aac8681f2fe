package org.sleepkb.web.page;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.Combination;
import org.sleepkb.search.SearchResult;

/**
 * The card above the hits for a query that names substances or products: how the named ones
 * interact ("Z-drugs + Alcohol: major — ..."), then each one's risk, first warning and regulatory
 * line, a product with its ingredients.
 */
public record AboutCard(List<About> about, List<Combination> combinations) {

    /** The card for {@code result}, or null when its query names no substance or product. */
    static AboutCard of(SearchResult result) {
        return result.about().isEmpty() ? null : new AboutCard(result.about(), result.combinations());
    }

    /** "Z-drugs + Alcohol": the names of a combination's substances; one substance in two products, "Acetaminophen, twice". */
    public String names(Combination combination) {
        Map<String, String> names = about.stream().collect(Collectors.toMap(About::id, About::name, (a, b) -> a));
        List<String> named = combination.substances().stream().distinct().map(id -> names.getOrDefault(id, id)).toList();
        return named.size() == 1 ? named.get(0) + ", twice" : String.join(" + ", named);
    }

    /** "Diphenhydramine (25 mg per caplet), Acetaminophen (500 mg per caplet)". */
    public String ingredients(About product) {
        return product.ingredients().stream()
                .map(i -> i.amount() == null ? i.name() : i.name() + " (" + i.amount() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The substances, not the products, each with its warning. */
    public List<About> substances() {
        return about.stream().filter(entry -> !entry.isProduct()).toList();
    }

    public List<About> products() {
        return about.stream().filter(About::isProduct).toList();
    }
}
