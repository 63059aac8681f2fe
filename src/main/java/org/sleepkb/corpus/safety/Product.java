package org.sleepkb.corpus.safety;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Source;

/**
 * A branded product ({@code corpus/products/<id>.yaml}) and its active ingredients: a product
 * named in an article or a query links every one of its ingredients, so that "Tylenol PM" brings
 * the acetaminophen warning as well as the antihistamine's.
 *
 * @param aliases brand names and spellings; never also a substance's alias
 * @param markets where it is sold under this name, e.g. US, UK
 */
public record Product(
        String id,
        String name,
        List<String> aliases,
        List<String> markets,
        List<Ingredient> ingredients,
        List<Source> sources,
        LocalDate reviewed) {

    public Product {
        aliases = List.copyOf(aliases);
        markets = List.copyOf(markets);
        ingredients = List.copyOf(ingredients);
        sources = List.copyOf(sources);
    }

    /** The substance ids of its ingredients, in label order. */
    public List<String> substances() {
        return ingredients.stream().map(Ingredient::substance).toList();
    }
}
