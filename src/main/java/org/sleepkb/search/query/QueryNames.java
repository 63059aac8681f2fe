package org.sleepkb.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.safety.SubstanceDetector;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.safety.Warning;
import org.sleepkb.index.Catalog;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.Combination;

/**
 * The substances and products a query names, by name, alias or brand, found with the same
 * detector that links articles to substances, over the catalog of the index commit: what the card
 * above the hits is about, and how the named substances interact.
 */
public final class QueryNames {

    /** What a query names: the card's entries and the interactions between them, most severe first. */
    public record Named(List<About> about, List<Combination> combinations) {

        public static final Named NONE = new Named(List.of(), List.of());

        /** The ids of the substances named, products' ingredients included. */
        public Set<String> substances() {
            Set<String> ids = new LinkedHashSet<>();
            about.stream().filter(entry -> !entry.isProduct()).forEach(entry -> ids.add(entry.id()));
            return ids;
        }
    }

    private static final String SUBSTANCE = "s:";
    private static final String PRODUCT = "p:";

    private final Map<String, SubstanceProfile> profiles;
    private final Map<String, Product> products = new HashMap<>();
    /** Substances and products in one detector, so that the query's order decides the card's. */
    private final SubstanceDetector detector;

    public QueryNames(Catalog catalog) {
        profiles = catalog.substancesById();
        catalog.products().forEach(product -> products.put(product.id(), product));
        List<SubstanceDetector.Names> names = new ArrayList<>();
        catalog.substances().forEach(p -> names.add(new SubstanceDetector.Names(SUBSTANCE + p.id(),
                Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList())));
        catalog.products().forEach(p -> names.add(new SubstanceDetector.Names(PRODUCT + p.id(),
                Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList())));
        detector = new SubstanceDetector(names);
    }

    /**
     * What {@code texts} name (the query as typed and as searched, when respelt), each product with
     * all its ingredients; a name inside a longer name ("ZzzQuil" in "ZzzQuil Night Pain") is not
     * named on its own. A substance that is an ingredient of a named product is that product's,
     * so "Tylenol PM" does not also count as acetaminophen named on its own. Things named by the
     * same words (the products of one brand) are alternatives: the card lists them all, and they
     * combine with what else the query names, not with each other.
     */
    public Named in(List<String> texts) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        Map<String, List<String>> alternativesOf = new HashMap<>();
        for (String text : texts) {
            for (List<String> alternatives : detector.findOutermost(text)) {
                for (String found : alternatives) {
                    String id = found.substring(2);
                    if (named.putIfAbsent(found, found.startsWith(PRODUCT) ? products.get(id).substances() : List.of(id)) == null) {
                        alternativesOf.put(found, alternatives);
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return Named.NONE;
        }
        Set<String> inProducts = new LinkedHashSet<>();
        named.forEach((key, substances) -> {
            if (key.startsWith(PRODUCT)) {
                inProducts.addAll(substances);
            }
        });
        named.keySet().removeIf(key -> key.startsWith(SUBSTANCE) && inProducts.contains(key.substring(2)));
        List<About> about = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        Map<List<String>, Set<String>> groups = new LinkedHashMap<>();
        named.forEach((key, substances) -> {
            if (key.startsWith(PRODUCT)) {
                about.add(product(products.get(key.substring(2))));
            }
            substances.stream().filter(listed::add).map(profiles::get).map(QueryNames::substance).forEach(about::add);
            groups.computeIfAbsent(alternativesOf.get(key), group -> new LinkedHashSet<>()).addAll(substances);
        });
        return new Named(about, combinations(groups.values().stream().map(List::copyOf).toList()));
    }

    private static About substance(SubstanceProfile profile) {
        return new About(profile.id(), profile.name(), profile.kind().id(), profile.risk(), profile.dependence(),
                profile.warnings().stream().findFirst().map(Warning::text).orElse(null), profile.regulatory(), null);
    }

    private About product(Product product) {
        List<SubstanceProfile> ingredients = product.substances().stream().map(profiles::get).toList();
        return new About(product.id(), product.name(), About.PRODUCT,
                ingredients.stream().map(SubstanceProfile::risk).max(Comparator.naturalOrder()).orElse(RiskLevel.LOW),
                ingredients.stream().anyMatch(SubstanceProfile::dependence), null, null,
                product.ingredients().stream().map(i -> new About.Ingredient(i.substance(), profiles.get(i.substance()).name(), i.amount())).toList());
    }

    /**
     * The interactions between substances of different named things (two ingredients of one
     * product are not a combination the reader asked about), one per pair, the most severe of
     * either profile's entries; most severe first. One substance in two named products is a pair
     * too: its profile's interaction with its own class ("two products that both contain
     * acetaminophen") is the warning that matters most there.
     */
    private List<Combination> combinations(List<List<String>> groups) {
        Map<Set<String>, Combination> found = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (String a : groups.get(i)) {
                    for (String b : groups.get(j)) {
                        Set<String> pair = a.equals(b) ? Set.of(a) : Set.of(a, b);
                        if (!found.containsKey(pair)) {
                            combination(profiles.get(a), profiles.get(b)).ifPresent(c -> found.put(pair, c));
                        }
                    }
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Combination::severity)).toList();
    }

    /** The most severe interaction either profile lists with the other (the most specific among equals), for the pair in the query's order. */
    private static Optional<Combination> combination(SubstanceProfile first, SubstanceProfile second) {
        return Stream.concat(mostSevere(first, second, first, second).stream(), mostSevere(second, first, first, second).stream())
                .min(Comparator.comparing(Combination::severity));
    }

    private static Optional<Combination> mostSevere(SubstanceProfile owner, SubstanceProfile other,
                                                    SubstanceProfile first, SubstanceProfile second) {
        return owner.interactions().stream()
                .filter(interaction -> interaction.concerns(other))
                // Among equals, the entry that names the other by id says most about the pair: for one
                // substance in two products, the double dose rather than its class's sedatives line.
                .min(Comparator.comparing(Interaction::severity).thenComparing(interaction -> !interaction.with().contains(other.id())))
                .map(interaction -> new Combination(List.of(first.id(), second.id()), interaction.severity(),
                        interaction.effect(), Source.cited(owner.sources(), interaction.sources())));
    }
}
