package org.sleepkb.search.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sleepkb.corpus.safety.RiskLevel;

/**
 * A substance or product a query names, with the safety facts the card above the hits shows.
 * A product's risk and dependence are those of its ingredients; its ingredients follow it in
 * {@link org.sleepkb.search.SearchResult#about()} with their own warning and regulatory line.
 *
 * @param kind        the substance's kind ({@code otc-drug}, {@code herbal}, ...), or {@code product}
 * @param warning     the substance's first warning; null for a product
 * @param regulatory  the substance's regulatory line; null for a product
 * @param ingredients a product's ingredients; null for a substance
 */
public record About(
        String id,
        String name,
        String kind,
        RiskLevel risk,
        boolean dependence,
        String warning,
        String regulatory,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Ingredient> ingredients) {

    /** The {@link #kind} of a product. */
    public static final String PRODUCT = "product";

    /** One ingredient of a product: the substance and the amount per dose where the label states it. */
    public record Ingredient(String id, String name, String amount) {
    }

    @JsonIgnore
    public boolean isProduct() {
        return PRODUCT.equals(kind);
    }
}
