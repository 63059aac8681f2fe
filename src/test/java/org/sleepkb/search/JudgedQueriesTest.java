package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sleepkb.search.embedded.Searcher;

/**
 * The judged lay queries of {@code judged-queries.tsv} (questions, symptoms, brand names, slang,
 * typos) against the bundled corpus: the articles that answer them must rank in the top 3.
 */
class JudgedQueriesTest {

    record Judged(String query, List<String> slugs) {
    }

    @Test
    void atLeastNineInTenLayQueriesFindAnAnsweringArticleInTheTopThree() throws IOException {
        List<Judged> judged = read();
        assertTrue(judged.size() >= 30, "the judged set holds at least 30 queries");
        Searcher searcher = BundledCorpus.searcher();
        List<String> misses = new ArrayList<>();
        for (Judged query : judged) {
            List<String> top = searcher.search(SearchRequest.of(query.query(), 3)).hits().stream().map(Hit::slug).toList();
            if (top.stream().noneMatch(query.slugs()::contains)) {
                misses.add(query.query() + " -> " + top + " (wanted " + query.slugs() + ")");
            }
        }
        double success = 1.0 - (double) misses.size() / judged.size();
        System.out.printf(Locale.ROOT, "judged lay queries: success@3 = %.3f (%d of %d)%n",
                success, judged.size() - misses.size(), judged.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertTrue(success >= 0.9, "success@3 " + success + " is below 0.9; misses: " + misses);
    }

    /** The judged queries of {@code judged-queries.tsv}; hybrid search is held to them too. */
    static List<Judged> read() throws IOException {
        try (InputStream in = JudgedQueriesTest.class.getResourceAsStream("/judged-queries.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(columns -> new Judged(columns[0], Arrays.asList(columns[1].split(","))))
                    .toList();
        }
    }
}
