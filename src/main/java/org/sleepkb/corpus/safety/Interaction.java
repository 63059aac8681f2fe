package org.sleepkb.corpus.safety;

import java.util.List;

/**
 * What a substance must not be combined with, how serious that is and why, and the sources that say so.
 *
 * @param with    substance ids and class ids ({@link SubstanceProfile#classes()}) the interaction is with
 * @param sources keys of the profile's sources, at least one
 */
public record Interaction(List<String> with, Severity severity, String effect, List<String> sources) {

    public Interaction {
        with = List.copyOf(with);
        sources = List.copyOf(sources);
    }

    /** True when this interaction names {@code substance} by id or by one of its classes. */
    public boolean concerns(SubstanceProfile substance) {
        return with.contains(substance.id()) || substance.classes().stream().anyMatch(with::contains);
    }
}
