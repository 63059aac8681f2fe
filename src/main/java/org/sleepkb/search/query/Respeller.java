package org.sleepkb.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * Corrects words the index has never seen ("melatonim", "insomina", "ashwaganda") to the
 * closest word it has, for "did you mean" and for searching on the correction instead. A word
 * counts as seen when the articles hold it, an inflection of it, or a synonym of it, so "kids"
 * (a synonym of "children") is never "corrected" to "kinds".
 */
public final class Respeller {

    /**
     * A respelled query.
     *
     * @param confident every correction is one edit away (a typo, a swapped, missing or extra
     *                  letter) from a word that names what articles are about (in a title, topic
     *                  or substance name), so searching on it beats searching on an unknown word
     */
    public record Respelling(String text, boolean confident) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Shorter words are left as typed: too many real words lie within an edit of them. */
    static final int MIN_LENGTH = 4;
    /**
     * Hostile-input bounds: each respelled word is compared with the dictionary's words of about
     * its length, so words longer than any real one are left alone, and so are unknown words past
     * the first few of a long query (with Lucene's spell checker a query of 80 made-up words cost 200 ms).
     */
    static final int MAX_WORD_LENGTH = 30;
    static final int MAX_RESPELLED_WORDS = 8;
    private static final List<String> SUBJECT_FIELDS = List.of(Schema.TITLE, Schema.TOPIC_NAMES, Schema.SUBSTANCE_NAMES);

    private final IndexReader reader;
    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer = Analyzers.forIndexing();
    private volatile SpellingDictionary dictionary;

    public Respeller(IndexReader reader, Analyzer queryAnalyzer) {
        this.reader = reader;
        this.queryAnalyzer = queryAnalyzer;
    }

    /** Read on the first unknown word: a search whose words are all known never needs it. */
    private SpellingDictionary dictionary() throws IOException {
        SpellingDictionary read = dictionary;
        if (read == null) {
            read = SpellingDictionary.of(reader, Schema.SPELL);
            dictionary = read;
        }
        return read;
    }

    /** The query with unknown words replaced, or null when every word is known or none can be corrected. */
    public Respelling respell(String query) throws IOException {
        if (query.isBlank() || query.contains(":") || query.contains("\"")) {
            return null;
        }
        Matcher words = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        boolean confident = true;
        int checked = 0;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (lower.length() >= MIN_LENGTH && lower.length() <= MAX_WORD_LENGTH && checked < MAX_RESPELLED_WORDS
                    && !isOperator(word) && !known(lower)) {
                checked++;
                String close = dictionary().closest(lower, 1);
                String correction = close != null ? close : dictionary().closest(lower, 2);
                if (correction != null) {
                    replacement = correction;
                    changed = true;
                    confident &= close != null && namesASubject(correction);
                }
            }
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return changed ? new Respelling(out.toString(), confident) : null;
    }

    private boolean known(String word) throws IOException {
        if (reader.docFreq(new Term(Schema.SPELL, word)) > 0) {
            return true;
        }
        for (String term : AnalyzedTerms.of(queryAnalyzer, Schema.BODY, word)) {
            if (reader.docFreq(new Term(Schema.BODY, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean namesASubject(String word) throws IOException {
        for (String field : SUBJECT_FIELDS) {
            for (String term : AnalyzedTerms.of(indexAnalyzer, field, word)) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
}
