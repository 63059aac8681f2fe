package org.sleepkb.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranked documents of every query, as a TREC run file holds them. Scores are kept exactly as
 * the file prints them, and each ranking is ordered as {@code trec_eval} orders it (score
 * descending, ties by document id descending), so metrics computed here match the file's.
 */
public final class Run {

    /** One retrieved document. */
    public record Entry(String doc, float score) {
    }

    /** trec_eval re-sorts every ranking this way and ignores the rank column. */
    static final Comparator<Entry> TREC_ORDER = Comparator.comparing(Entry::score).reversed()
            .thenComparing(Entry::doc, Comparator.reverseOrder());

    private final Map<String, List<Entry>> rankings = new LinkedHashMap<>();

    /** Adds a query's ranking; scores are rounded as they will be printed. */
    public void add(String query, List<Entry> ranking) {
        List<Entry> printed = new ArrayList<>(ranking.size());
        for (Entry entry : ranking) {
            printed.add(new Entry(entry.doc(), Float.parseFloat(format(entry.score()))));
        }
        printed.sort(TREC_ORDER);
        rankings.put(query, List.copyOf(printed));
    }

    /** The ranking of {@code query} in trec_eval's order; empty when the query retrieved nothing. */
    public List<Entry> ranking(String query) {
        return rankings.getOrDefault(query, List.of());
    }

    /** Writes {@code qid Q0 docid rank score tag} lines. */
    public void write(Path file, String tag) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<Entry>> query : rankings.entrySet()) {
                int rank = 0;
                for (Entry entry : query.getValue()) {
                    out.write(query.getKey() + " Q0 " + entry.doc() + " " + (++rank) + " " + format(entry.score()) + " " + tag + "\n");
                }
            }
        }
    }

    private static String format(float score) {
        return String.format(Locale.ROOT, "%.6f", score);
    }
}
