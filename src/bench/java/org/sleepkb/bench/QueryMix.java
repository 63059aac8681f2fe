package org.sleepkb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.eval.BeirDataset;

/**
 * The query workload every benchmark and the HTTP load run share: the titles of the bundled
 * articles (what people click through to), lay questions as people type them (some misspelt, so
 * respelling runs too), and NFCorpus test queries (the documents of the 100k corpus). Shuffled
 * with a fixed seed, so every run sends the same queries in the same order.
 *
 * <p>Run as a program it writes the mix as {@code /api/search} request paths, one per line, for
 * the wrk load script: {@code QueryMix BUNDLED_CORPUS OUT_FILE [BEIR_DIR]}.
 */
public final class QueryMix {

    /** NFCorpus test queries taken; with the 57 titles and 45 questions, about a third each. */
    private static final int BEIR_QUERIES = 60;
    private static final long SEED = 20261125L;

    private QueryMix() {
    }

    /** The shuffled mix; {@code beir} may be null, which leaves the NFCorpus queries out. */
    public static List<String> of(Path bundledCorpus, Path beir) {
        List<String> queries = new ArrayList<>();
        for (Article article : new CorpusReader().read(bundledCorpus).articles()) {
            queries.add(article.title());
        }
        queries.addAll(layQuestions());
        if (beir != null) {
            try {
                BeirDataset.read(beir, "test").queries().values().stream().limit(BEIR_QUERIES).forEach(queries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.shuffle(queries, new Random(SEED));
        return List.copyOf(queries);
    }

    static List<String> layQuestions() {
        try (InputStream in = QueryMix.class.getResourceAsStream("lay-questions.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: QueryMix BUNDLED_CORPUS OUT_FILE [BEIR_DIR]");
            System.exit(2);
        }
        List<String> paths = of(Path.of(args[0]), args.length == 3 ? Path.of(args[2]) : null).stream()
                .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .toList();
        Files.write(Path.of(args[1]), paths, StandardCharsets.UTF_8);
        System.out.println(paths.size() + " request paths written to " + args[1]);
    }
}
