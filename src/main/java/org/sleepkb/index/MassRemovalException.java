package org.sleepkb.index;

import java.util.HashSet;
import java.util.Set;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;

/**
 * A reindex would remove more than half of the indexed articles. That is far more often a wrong
 * {@code --corpus}, a half-finished checkout or a folder being moved than an editor's intent, so it
 * needs to be asked for explicitly.
 */
public final class MassRemovalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private MassRemovalException(long removing, int indexed) {
        super("this reindex would remove " + removing + " of the " + indexed + " indexed articles; nothing was changed. "
                + "If that is intended, pass --allow-mass-removal (command line) or allowMassRemoval=true (HTTP)");
    }

    /**
     * Throws when more than half of {@code indexed} is neither in {@code corpus} nor kept at its last
     * good version.
     */
    public static void check(Set<String> indexed, Corpus corpus, Set<String> kept) {
        Set<String> present = new HashSet<>(kept);
        corpus.articles().stream().map(Article::slug).forEach(present::add);
        long removing = indexed.stream().filter(slug -> !present.contains(slug)).count();
        if (removing * 2 > indexed.size()) {
            throw new MassRemovalException(removing, indexed.size());
        }
    }
}
