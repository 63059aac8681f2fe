package org.sleepkb.solrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sleepkb.Main;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.solr.SolrOptions;
import picocli.CommandLine;

/**
 * {@code eval --engine solr} on a real two-node SolrCloud: the tiny BEIR fixture indexed into a collection of two
 * shards behind the benchmark's own alias, its queries ranked through the Solr engine, scored as the embedded
 * engine's run is scored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrEvalTest {

    private static final Path BEIR = Path.of(System.getProperty("sleepkb.beir", "../src/test/resources/beir-tiny"));

    private LocalSolrCloud cloud;
    private String urls;

    @BeforeAll
    void startCluster() throws Exception {
        cloud = LocalSolrCloud.start();
        urls = String.join(",", cloud.urls());
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    /** What a command printed and returned. */
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** The three figures' lines of an eval's output. */
    private static List<String> figures(String out) {
        return Stream.of(out.split("\n")).filter(line -> line.matches("(nDCG@10|Recall@100|MRR@10) .*")).toList();
    }

    @Test
    void evalOnSolrRanksTheBenchmarkAsTheEmbeddedEngineDoesInItsOwnAlias() throws Exception {
        Outcome solr = run("eval", "--beir", BEIR.toString(), "--split", "test", "--mode", "lexical",
                "--engine", "solr", "--solr-url", urls, "--solr-shards", "2");
        Outcome embedded = run("eval", "--beir", BEIR.toString(), "--split", "test", "--mode", "lexical");

        assertEquals(0, solr.code(), solr.err());
        assertTrue(solr.out().contains("lexical on Solr (sleepkb-eval): 4 queries, 5 documents"), solr.out());
        assertEquals(3, figures(solr.out()).size(), solr.out());
        assertEquals(figures(embedded.out()), figures(solr.out()), "the same figures on both engines");
        List<String> nodes = cloud.urls();
        try (SolrEngine eval = SolrEngine.connect(new SolrOptions(nodes, "sleepkb-eval", 2, 1, Clock.systemUTC()));
             SolrEngine knowledgeBase = SolrEngine.connect(new SolrOptions(nodes, "sleepkb", 1, 1, Clock.systemUTC()))) {
            assertTrue(eval.aliasTarget().isPresent(), "the benchmark's alias names its collection");
            assertTrue(knowledgeBase.aliasTarget().isEmpty(), "the knowledge base's alias is left alone");
        }

        Outcome again = run("eval", "--beir", BEIR.toString(), "--split", "test", "--mode", "lexical",
                "--engine", "solr", "--solr-url", urls, "--solr-shards", "2");
        assertEquals(figures(solr.out()), figures(again.out()), "a second run replaces the benchmark's collection: " + again.err());
    }

    @Test
    void evalOnSolrRefusesMeaningAloneAndAnIndexFolder() {
        Outcome semantic = run("eval", "--beir", BEIR.toString(), "--split", "test", "--mode", "semantic",
                "--engine", "solr", "--solr-url", urls);
        assertEquals(1, semantic.code());
        assertTrue(semantic.err().startsWith("error: --engine solr ranks by words (lexical) or words and meaning"), semantic.err());
        Outcome kept = run("eval", "--beir", BEIR.toString(), "--split", "test", "--mode", "lexical", "--index", "kept",
                "--engine", "solr", "--solr-url", urls);
        assertEquals(1, kept.code(), kept.err());
    }
}
