package org.sleepkb.corpus.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.corpus.safety.Severity;
import org.sleepkb.corpus.safety.SubstanceKind;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.safety.Warning;

/**
 * Reads and validates substance safety profiles ({@code substances/<id>.yaml}). Every warning and
 * interaction must cite at least one of the profile's sources by key; what an interaction is
 * {@code with} is checked once every profile is read ({@link #checkInteractions}), as it may name
 * another profile or a class another profile declares.
 */
final class ProfileReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "kind", "classes", "risk", "dependence",
            "regulatory", "regulatory_confirmed", "warnings", "interactions", "avoid_if", "sources", "reviewed");
    private static final int MAX_WARNINGS = 5;
    private static final int MAX_CLAIM = 600;
    /** One line, but room for the US, EU and UK status and a dated recent change (CBD, melatonin, kratom run to 510). */
    private static final int MAX_REGULATORY = 600;
    /** Source keys and class ids: lowercase letters, digits and single hyphens, like slugs. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What one interaction names in {@code with}, and where, to check once every profile is read. */
    private record Target(String file, int line, String profile, String id) {
    }

    private final LocalDate today;
    private final List<Target> targets = new ArrayList<>();
    /** The id of every profile file read, valid or not: naming a broken profile is no error of the profile that names it. */
    private final Set<String> ids = new HashSet<>();

    ProfileReader(LocalDate today) {
        this.today = today;
    }

    Optional<SubstanceProfile> read(String file, String expectedId, String text, List<Problem> problems) {
        ids.add(expectedId);
        int before = problems.size();
        Optional<YamlFields> parsed = YamlFields.parseNamed(file, expectedId, text, FIELDS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        Optional<String> name = yaml.requiredText("name", 200);
        List<String> aliases = yaml.textList("aliases");
        Optional<SubstanceKind> kind = yaml.requiredText("kind", 50).flatMap(value -> SubstanceKind.fromId(value).or(() -> {
            yaml.error("kind", "`kind` is `" + value + "`; use herbal, supplement, otc-drug, prescription-drug, recreational or food-drink");
            return Optional.empty();
        }));
        List<String> classes = yaml.textList("classes");
        classes.stream().filter(c -> !KEY.matcher(c).matches()).forEach(c ->
                yaml.error("classes", "class `" + c + "` must use only lowercase letters, digits and hyphens, e.g. `sedative`"));
        Optional<RiskLevel> risk = yaml.requiredText("risk", 50).flatMap(value -> RiskLevel.fromId(value).or(() -> {
            yaml.error("risk", "`risk` is `" + value + "`; use low, moderate or high");
            return Optional.empty();
        }));
        Optional<Boolean> dependence = yaml.bool("dependence");
        if (!yaml.has("dependence")) {
            yaml.error("dependence", "`dependence` is missing; write `dependence: true` or `dependence: false`");
        }
        Optional<String> regulatory = yaml.requiredText("regulatory", MAX_REGULATORY);
        LocalDate confirmed = yaml.pastDate("regulatory_confirmed", today).orElse(null);
        List<Source> sources = yaml.sources("sources");
        if (sources.isEmpty()) {
            yaml.error("sources", "a profile needs at least one source with an https URL");
        }
        Set<String> keys = sourceKeys(yaml, sources);
        List<Warning> warnings = warnings(yaml, keys);
        if (warnings.isEmpty() || warnings.size() > MAX_WARNINGS) {
            yaml.error("warnings", "`warnings` has " + warnings.size() + " entries; write 1 to " + MAX_WARNINGS + ", the most important first");
        }
        List<Interaction> interactions = interactions(file, expectedId, yaml, keys);
        List<String> avoidIf = yaml.textList("avoid_if");
        Optional<LocalDate> reviewed = yaml.pastDate("reviewed", today);
        if (!yaml.has("reviewed")) {
            yaml.error("reviewed", "`reviewed` is missing; add the date of the last review as YYYY-MM-DD");
        }
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new SubstanceProfile(expectedId, name.orElseThrow(), aliases, kind.orElseThrow(), classes,
                risk.orElseThrow(), dependence.orElseThrow(), regulatory.orElseThrow(), confirmed, warnings, interactions,
                avoidIf, sources, reviewed.orElseThrow()));
    }

    /** The keys of {@code sources}, each required, well formed and unique within the profile. */
    private static Set<String> sourceKeys(YamlFields yaml, List<Source> sources) {
        Set<String> keys = new HashSet<>();
        for (Source source : sources) {
            if (source.key() == null) {
                yaml.error("sources", "source `" + source.title() + "` has no `key`; give it a short key such as `fda-label` for warnings and interactions to cite");
            } else if (!KEY.matcher(source.key()).matches()) {
                yaml.error("sources", "source key `" + source.key() + "` must use only lowercase letters, digits and hyphens");
            } else if (!keys.add(source.key())) {
                yaml.error("sources", "source key `" + source.key() + "` is used twice; keys must be unique within the file");
            }
        }
        return keys;
    }

    private static List<Warning> warnings(YamlFields yaml, Set<String> keys) {
        List<Warning> warnings = new ArrayList<>();
        for (YamlFields entry : yaml.mappingList("warnings", text -> unsourced("warning", text))) {
            entry.warnUnknownKeys(Set.of("text", "sources"));
            Optional<String> text = entry.requiredText("text", MAX_CLAIM);
            List<String> cited = citedSources(entry, "warning", text.orElse(""), keys);
            text.ifPresent(t -> warnings.add(new Warning(t, cited)));
        }
        return warnings;
    }

    private List<Interaction> interactions(String file, String profile, YamlFields yaml, Set<String> keys) {
        List<Interaction> interactions = new ArrayList<>();
        for (YamlFields entry : yaml.mappingList("interactions", text -> unsourced("interaction", text))) {
            entry.warnUnknownKeys(Set.of("with", "severity", "effect", "sources"));
            Optional<String> effect = entry.requiredText("effect", MAX_CLAIM);
            String claim = effect.orElse("");
            List<String> with = entry.textList("with");
            if (with.isEmpty()) {
                entry.error("with", "interaction `" + shortened(claim) + "` names nothing in `with`; list substance ids or classes, e.g. `with: [alcohol, sedative]`");
            }
            with.forEach(target -> targets.add(new Target(file, entry.line("with"), profile, target)));
            Optional<Severity> severity = entry.requiredText("severity", 50).flatMap(value -> Severity.fromId(value).or(() -> {
                entry.error("severity", "`severity` is `" + value + "`; use major, moderate or minor");
                return Optional.empty();
            }));
            List<String> cited = citedSources(entry, "interaction", claim, keys);
            if (effect.isPresent() && severity.isPresent() && !with.isEmpty()) {
                interactions.add(new Interaction(with, severity.get(), effect.get(), cited));
            }
        }
        return interactions;
    }

    /** The source keys a claim cites: at least one, each a key of the profile's sources. */
    private static List<String> citedSources(YamlFields entry, String what, String claim, Set<String> keys) {
        List<String> cited = entry.textList("sources");
        if (cited.isEmpty()) {
            entry.error("sources", what + " `" + shortened(claim) + "` has no source; add `sources: [key]` with the key of the source that backs it");
        }
        for (String key : cited) {
            if (!keys.contains(key)) {
                entry.error("sources", what + " `" + shortened(claim) + "` cites source `" + key + "`, which is not a key of this profile's `sources`");
            }
        }
        return cited;
    }

    private static String unsourced(String what, String text) {
        return what + " `" + shortened(text) + "` has no source; write it as `- text: ...` (an interaction as `- with: [...]`, "
                + "`severity`, `effect`) with `sources: [key]` naming the source that backs it";
    }

    private static String shortened(String claim) {
        return claim.length() <= 60 ? claim : claim.substring(0, 59).strip() + "…";
    }

    /**
     * Checks what each interaction is {@code with}: an id of a profile, a class some profile
     * declares, or a class of {@code classes.yaml} (medicines without a profile of their own, such
     * as anticoagulants). A profile that names anything else is refused, as a misspelt id would
     * silently never warn.
     */
    void checkInteractions(Map<String, SubstanceProfile> profiles, Set<String> listedClasses, List<Problem> problems) {
        Set<String> known = new HashSet<>(ids);
        known.addAll(listedClasses);
        profiles.values().forEach(profile -> known.addAll(profile.classes()));
        for (Target target : targets) {
            if (!known.contains(target.id())) {
                profiles.remove(target.profile());
                problems.add(Problem.error(target.file(), target.line(), "interaction with `" + target.id()
                        + "` names neither a substance id nor a class of a profile's `classes` or classes.yaml; fix the id or add the class to classes.yaml"));
            }
        }
    }
}
