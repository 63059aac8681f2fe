package org.sleepkb.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates one substance safety profile ({@code substances/<id>.yaml}). */
final class ProfileReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "kind", "risk", "dependence",
            "regulatory", "warnings", "interactions", "avoid_if", "sources", "reviewed");
    private static final int MAX_WARNINGS = 5;

    private final LocalDate today;

    ProfileReader(LocalDate today) {
        this.today = today;
    }

    Optional<SubstanceProfile> read(String file, String expectedId, String text, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlFields> parsed = YamlFields.parse(file, text, 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.warnUnknownKeys(FIELDS);
        Optional<String> id = yaml.requiredText("id", 100);
        if (id.isPresent() && !id.get().equals(expectedId)) {
            yaml.error("id", "`id` is `" + id.get() + "` but the file is named " + expectedId + ".yaml; make them the same");
        }
        Optional<String> name = yaml.requiredText("name", 200);
        List<String> aliases = yaml.textList("aliases");
        Optional<SubstanceKind> kind = yaml.requiredText("kind", 50).flatMap(value -> SubstanceKind.fromId(value).or(() -> {
            yaml.error("kind", "`kind` is `" + value + "`; use herbal, supplement, otc-drug, prescription-drug, recreational or food-drink");
            return Optional.empty();
        }));
        Optional<RiskLevel> risk = yaml.requiredText("risk", 50).flatMap(value -> RiskLevel.fromId(value).or(() -> {
            yaml.error("risk", "`risk` is `" + value + "`; use low, moderate or high");
            return Optional.empty();
        }));
        Optional<Boolean> dependence = yaml.bool("dependence");
        if (!yaml.has("dependence")) {
            yaml.error("dependence", "`dependence` is missing; write `dependence: true` or `dependence: false`");
        }
        Optional<String> regulatory = yaml.requiredText("regulatory", 400);
        List<String> warnings = yaml.textList("warnings");
        if (warnings.isEmpty() || warnings.size() > MAX_WARNINGS) {
            yaml.error("warnings", "`warnings` has " + warnings.size() + " entries; write 1 to " + MAX_WARNINGS + ", the most important first");
        }
        List<String> interactions = yaml.textList("interactions");
        List<String> avoidIf = yaml.textList("avoid_if");
        List<Source> sources = yaml.sources("sources");
        if (sources.isEmpty()) {
            yaml.error("sources", "a profile needs at least one source with an https URL");
        }
        Optional<LocalDate> reviewed = yaml.pastDate("reviewed", today);
        if (!yaml.has("reviewed")) {
            yaml.error("reviewed", "`reviewed` is missing; add the date of the last review as YYYY-MM-DD");
        }
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new SubstanceProfile(expectedId, name.orElseThrow(), aliases, kind.orElseThrow(), risk.orElseThrow(),
                dependence.orElseThrow(), regulatory.orElseThrow(), warnings, interactions, avoidIf, sources, reviewed.orElseThrow()));
    }
}
