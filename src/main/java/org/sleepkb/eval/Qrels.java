package org.sleepkb.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graded relevance judgements: per query, the judged documents and their grade. A grade of 1 or
 * more counts as relevant, as {@code trec_eval}'s default relevance level does.
 */
public record Qrels(Map<String, Map<String, Integer>> judgements) {

    public Qrels {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        judgements.forEach((query, docs) -> copy.put(query, Map.copyOf(docs)));
        judgements = java.util.Collections.unmodifiableMap(copy);
    }

    /** The grade of {@code doc} for {@code query}; 0 when unjudged. */
    public int grade(String query, String doc) {
        return of(query).getOrDefault(doc, 0);
    }

    public Map<String, Integer> of(String query) {
        return judgements.getOrDefault(query, Map.of());
    }

    /**
     * Reads a BEIR qrels file: tab-separated {@code query-id, corpus-id, score}, with or without
     * the header line.
     *
     * @throws EvalInputException naming the file and line of the first row it cannot read
     */
    public static Qrels read(Path file) throws IOException {
        Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || (number == 1 && line.startsWith("query-id"))) {
                    continue;
                }
                String[] columns = line.strip().split("\\s+");
                if (columns.length != 3 && columns.length != 4) {
                    throw new EvalInputException(file + " line " + number
                            + ": expected `query-id<TAB>corpus-id<TAB>score`, found " + columns.length + " columns");
                }
                // TREC qrels have an unused iteration column between query and document.
                String doc = columns[columns.length - 2];
                try {
                    judgements.computeIfAbsent(columns[0], q -> new LinkedHashMap<>())
                            .put(doc, Integer.parseInt(columns[columns.length - 1]));
                } catch (NumberFormatException e) {
                    throw new EvalInputException(file + " line " + number + ": the score `" + columns[columns.length - 1]
                            + "` is not a whole number");
                }
            }
        }
        return new Qrels(judgements);
    }
}
