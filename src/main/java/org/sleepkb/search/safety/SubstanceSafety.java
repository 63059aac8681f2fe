package org.sleepkb.search.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.safety.SubstanceKind;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.safety.Warning;

/**
 * The safety facts of one substance as an article's page shows them, and whether the article is
 * about it or only mentions it. Warnings and interactions cite the keys of {@code sources}.
 */
public record SubstanceSafety(
        String id,
        String name,
        SubstanceRole role,
        SubstanceKind kind,
        RiskLevel risk,
        boolean dependence,
        String regulatory,
        LocalDate regulatoryConfirmed,
        List<Warning> warnings,
        List<Interaction> interactions,
        List<String> avoidIf,
        List<Source> sources) {

    static SubstanceSafety of(SubstanceProfile profile, SubstanceRole role) {
        return new SubstanceSafety(profile.id(), profile.name(), role, profile.kind(), profile.risk(), profile.dependence(),
                profile.regulatory(), profile.regulatoryConfirmed(), profile.warnings(), profile.interactions(),
                profile.avoidIf(), profile.sources());
    }

    @JsonIgnore
    public boolean isSubject() {
        return role == SubstanceRole.SUBJECT;
    }

    /** The sources a warning or an interaction cites, by their keys. */
    public List<Source> cited(List<String> keys) {
        return Source.cited(sources, keys);
    }
}
