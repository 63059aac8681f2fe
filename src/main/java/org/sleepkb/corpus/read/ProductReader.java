package org.sleepkb.corpus.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.safety.Ingredient;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.SubstanceProfile;

/**
 * Reads and validates one product ({@code products/<id>.yaml}): every ingredient must have a
 * profile, and no brand name may also be a substance's name or alias, which would link the
 * substance alone where the product's every ingredient belongs.
 */
final class ProductReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "markets", "ingredients", "sources", "reviewed");

    private final LocalDate today;
    private final Map<String, SubstanceProfile> profiles;
    /** Every substance name and alias, lower-cased, with the id of the profile it belongs to. */
    private final Map<String, String> substanceNames = new HashMap<>();

    ProductReader(LocalDate today, Map<String, SubstanceProfile> profiles) {
        this.today = today;
        this.profiles = profiles;
        for (SubstanceProfile profile : profiles.values()) {
            Stream.concat(Stream.of(profile.name()), profile.aliases().stream())
                    .forEach(name -> substanceNames.putIfAbsent(name.toLowerCase(Locale.ROOT), profile.id()));
        }
    }

    Optional<Product> read(String file, String expectedId, String text, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlFields> parsed = YamlFields.parseNamed(file, expectedId, text, FIELDS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        Optional<String> name = yaml.requiredText("name", 200);
        List<String> aliases = yaml.textList("aliases");
        Stream.concat(name.stream(), aliases.stream()).distinct().forEach(brand -> {
            String substance = substanceNames.get(brand.toLowerCase(Locale.ROOT));
            if (substance != null) {
                yaml.error(brand.equals(name.orElse(null)) ? "name" : "aliases", "brand name `" + brand + "` is also a name or alias of substance `"
                        + substance + "`; remove it from substances/" + substance + ".yaml, as the product links all its ingredients");
            }
        });
        List<String> markets = yaml.textList("markets");
        List<Ingredient> ingredients = ingredients(yaml);
        List<Source> sources = yaml.sources("sources");
        if (sources.isEmpty()) {
            yaml.error("sources", "a product needs at least one source with an https URL, such as its label");
        }
        Optional<LocalDate> reviewed = yaml.pastDate("reviewed", today);
        if (!yaml.has("reviewed")) {
            yaml.error("reviewed", "`reviewed` is missing; add the date of the last review as YYYY-MM-DD");
        }
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new Product(expectedId, name.orElseThrow(), aliases, markets, ingredients, sources, reviewed.orElseThrow()));
    }

    private List<Ingredient> ingredients(YamlFields yaml) {
        List<Ingredient> ingredients = new ArrayList<>();
        for (YamlFields entry : yaml.mappingList("ingredients", text -> "ingredient `" + text
                + "` must be written `- substance: <id>`, with `amount:` where the label states it")) {
            entry.warnUnknownKeys(Set.of("substance", "amount"));
            Optional<String> substance = entry.requiredText("substance", 100);
            if (substance.isPresent() && !profiles.containsKey(substance.get())) {
                entry.error("substance", "ingredient `" + substance.get() + "` has no valid profile; add substances/"
                        + substance.get() + ".yaml or fix the id");
            }
            substance.ifPresent(s -> ingredients.add(new Ingredient(s, entry.optionalText("amount").filter(a -> !a.isBlank()).orElse(null))));
        }
        if (ingredients.isEmpty()) {
            yaml.error("ingredients", "a product needs its active ingredients, each `- substance: <id>`");
        }
        return ingredients;
    }
}
