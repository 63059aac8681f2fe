package org.sleepkb.search.safety;

import java.util.List;
import org.sleepkb.corpus.safety.Severity;
import org.sleepkb.corpus.Source;

/**
 * Two substances a query names together that interact, from the structured interactions of their
 * profiles (in either direction, by id or by class), with the sources that say so.
 *
 * @param substances the two substance ids, in the order the query names them
 */
public record Combination(List<String> substances, Severity severity, String effect, List<Source> sources) {

    public Combination {
        substances = List.copyOf(substances);
        sources = List.copyOf(sources);
    }
}
