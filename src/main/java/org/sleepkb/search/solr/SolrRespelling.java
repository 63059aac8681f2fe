package org.sleepkb.search.solr;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.Catalog;

/**
 * "Did you mean" on Solr: the spellcheck component (DirectSolrSpellChecker over the words of titles, bodies and
 * substance names) respells the words no article holds, and its collation is tried against the collection so that a
 * respelling is offered only when it finds something. What is then searched and shown follows the embedded engine
 * ({@code search.embedded.Interpretation}).
 */
final class SolrRespelling {

    private SolrRespelling() {
    }

    /** Asks the words' ranking request {@code query} for a respelling of its words too. */
    static void ask(SolrQuery query) {
        query.set("spellcheck", true);
        query.set("spellcheck.collate", true);
        query.set("spellcheck.maxCollationTries", 5);
        query.set("spellcheck.collateExtendedResults", true);
        query.set("spellcheck.count", 5);
        // A respelling counts only where articles hold every one of its words: a word it leaves as typed that no
        // article holds ("xyzzy plugh") finds nothing, so nonsense is not respelt into a search for one real word.
        query.set("spellcheck.collateParam.mm", "100%");
    }

    /**
     * The respelling of the query {@code response} answered, with how many articles hold all its words; null when it
     * has none or none holds them.
     *
     * @param confident every correction is one edit away from a word of a topic's or substance's name
     */
    record Respelling(String text, long found, boolean confident) {
    }

    static Respelling of(QueryResponse response, Catalog catalog) {
        SpellCheckResponse spelling = response.getSpellCheckResponse();
        if (spelling == null || spelling.getCollatedResults() == null || spelling.getCollatedResults().isEmpty()) {
            return null;
        }
        SpellCheckResponse.Collation best = spelling.getCollatedResults().get(0);
        if (best.getNumberOfHits() == 0) {
            return null;
        }
        Set<String> subjects = subjectWords(catalog);
        boolean confident = true;
        for (SpellCheckResponse.Correction correction : best.getMisspellingsAndCorrections()) {
            String corrected = correction.getCorrection().toLowerCase(Locale.ROOT);
            confident &= oneEdit(correction.getOriginal().toLowerCase(Locale.ROOT), corrected) && subjects.contains(corrected);
        }
        return new Respelling(best.getCollationQueryString(), best.getNumberOfHits(), confident);
    }

    private static Set<String> subjectWords(Catalog catalog) {
        Set<String> words = new HashSet<>();
        for (Topic topic : catalog.topics()) {
            addWords(words, topic.name());
        }
        for (SubstanceProfile substance : catalog.substances()) {
            addWords(words, substance.name());
            substance.aliases().forEach(alias -> addWords(words, alias));
        }
        return words;
    }

    private static void addWords(Set<String> words, String text) {
        words.addAll(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    /** Whether {@code a} becomes {@code b} by one letter changed, added, removed, or two neighbours swapped. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int differA = endA - start;
        int differB = endB - start;
        if (differA <= 1 && differB <= 1) {
            return true;
        }
        return differA == 2 && differB == 2 && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start);
    }
}
