package org.sleepkb.search;

import java.util.List;
import org.sleepkb.corpus.RiskLevel;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.SubstanceProfile;

/** The safety facts of one substance as a hit shows them. */
public record SubstanceSafety(
        String id,
        String name,
        RiskLevel risk,
        boolean dependence,
        String regulatory,
        List<String> warnings,
        List<String> interactions,
        List<String> avoidIf,
        List<Source> sources) {

    static SubstanceSafety of(SubstanceProfile profile) {
        return new SubstanceSafety(profile.id(), profile.name(), profile.risk(), profile.dependence(),
                profile.regulatory(), profile.warnings(), profile.interactions(), profile.avoidIf(), profile.sources());
    }
}
