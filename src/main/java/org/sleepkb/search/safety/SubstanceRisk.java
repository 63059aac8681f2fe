package org.sleepkb.search.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.sleepkb.corpus.safety.RiskLevel;

/** A substance an article links, as a hit's safety panel lists it: its name, risk level and role. */
public record SubstanceRisk(String id, String name, RiskLevel risk, SubstanceRole role) {

    static SubstanceRisk of(SubstanceSafety substance) {
        return new SubstanceRisk(substance.id(), substance.name(), substance.risk(), substance.role());
    }

    @JsonIgnore
    public boolean isSubject() {
        return role == SubstanceRole.SUBJECT;
    }
}
