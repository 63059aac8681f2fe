package org.sleepkb.corpus.safety;

import java.util.List;

/**
 * One warning of a substance profile and the keys of the profile's sources that back it.
 *
 * @param sources keys of {@link SubstanceProfile#sources()}, at least one
 */
public record Warning(String text, List<String> sources) {

    public Warning {
        sources = List.copyOf(sources);
    }
}
