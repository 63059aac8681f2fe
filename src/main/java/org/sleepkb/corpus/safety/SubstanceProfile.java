package org.sleepkb.corpus.safety;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Source;

/**
 * The safety facts of one substance, written once in {@code corpus/substances/<id>.yaml} and
 * shown beside every article that declares or mentions it. Every warning and interaction names
 * the keys of the sources that back it.
 *
 * @param classes             class ids (e.g. {@code sedative}) other profiles' interactions may name
 * @param regulatoryConfirmed when the regulatory line was last checked against its source, or null
 */
public record SubstanceProfile(
        String id,
        String name,
        List<String> aliases,
        SubstanceKind kind,
        List<String> classes,
        RiskLevel risk,
        boolean dependence,
        String regulatory,
        LocalDate regulatoryConfirmed,
        List<Warning> warnings,
        List<Interaction> interactions,
        List<String> avoidIf,
        List<Source> sources,
        LocalDate reviewed) {

    public SubstanceProfile {
        aliases = List.copyOf(aliases);
        classes = List.copyOf(classes);
        warnings = List.copyOf(warnings);
        interactions = List.copyOf(interactions);
        avoidIf = List.copyOf(avoidIf);
        sources = List.copyOf(sources);
    }
}
