package org.sleepkb.search;

import org.sleepkb.corpus.RiskLevel;

/** A substance an article links, as a hit's safety panel lists it: its name and risk level. */
public record SubstanceRisk(String id, String name, RiskLevel risk) {

    static SubstanceRisk of(SubstanceSafety substance) {
        return new SubstanceRisk(substance.id(), substance.name(), substance.risk());
    }
}
