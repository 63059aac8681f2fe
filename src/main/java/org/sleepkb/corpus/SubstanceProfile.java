package org.sleepkb.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * The safety facts of one substance, written once in {@code corpus/substances/<id>.yaml} and
 * shown beside every article that declares or mentions it.
 */
public record SubstanceProfile(
        String id,
        String name,
        List<String> aliases,
        SubstanceKind kind,
        RiskLevel risk,
        boolean dependence,
        String regulatory,
        List<String> warnings,
        List<String> interactions,
        List<String> avoidIf,
        List<Source> sources,
        LocalDate reviewed) {

    public SubstanceProfile {
        aliases = List.copyOf(aliases);
        warnings = List.copyOf(warnings);
        interactions = List.copyOf(interactions);
        avoidIf = List.copyOf(avoidIf);
        sources = List.copyOf(sources);
    }
}
