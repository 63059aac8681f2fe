package org.sleepkb.search.solr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client side of the SolrCloud engine, without a cluster (the cluster tests are in the solr-it module): no
 * Jetty of Solr's reaches sleepkb's class path, the engine speaks through SolrJ's client packages only, and the
 * configset it uploads carries the corpus's synonyms and the embedded analysis's stop words.
 */
class SolrClientSideTest {

    /** Javalin serves on Jetty 12; Solr 9's Jetty 10 lives in the same packages and must not come with SolrJ. */
    @Test
    void everyJettyOnTheClassPathIsJavalinsJetty12() {
        List<String> jetty = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(path -> new File(path).getName())
                .filter(name -> name.startsWith("jetty-") || name.startsWith("http2-"))
                .toList();
        assertTrue(!jetty.isEmpty(), "Javalin's Jetty is expected on the class path");
        jetty.forEach(jar -> assertTrue(jar.matches(".*-12\\.[0-9.]+\\.jar"), jar + " is not Jetty 12"));
        // The HTTP client SolrJ's Http2SolrClient would run on: absent, so only the JDK's client can carry requests.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jetty.client.HttpClient"));
    }

    @Test
    void theEngineUsesSolrJsClientPackagesOnly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sleepkb");
        noClasses().that().resideInAPackage("org.sleepkb.search.solr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "org.apache.zookeeper..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.sleepkb.search.solr..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sleepkb.search.solr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.solr.client.solrj.embedded..",
                        "org.apache.solr.core..", "org.apache.solr.cloud..")
                .check(classes);
    }

    @Test
    void theConfigsetCarriesTheSynonymsAndTheStopWords() {
        Map<String, byte[]> files = Configset.files("insomnia, sleeplessness\n");
        assertEquals("insomnia, sleeplessness\n", new String(files.get("synonyms.txt"), StandardCharsets.UTF_8));
        List<String> stop = Arrays.asList(new String(files.get("stopwords.txt"), StandardCharsets.UTF_8).split("\n"));
        assertTrue(stop.contains("the") && stop.contains("to"), "English stop words");
        String schema = new String(files.get("schema.xml"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("synonyms=\"synonyms.txt\"") && schema.contains("name=\"stored\""), schema);
    }

    @Test
    void optionsNameTheProblem() {
        SolrOptions options = SolrOptions.of(" http://127.0.0.1:8983/solr/ ,http://127.0.0.1:8984/solr", "sleepkb");
        assertEquals(List.of("http://127.0.0.1:8983/solr", "http://127.0.0.1:8984/solr"), options.urls());
        var none = assertThrows(IllegalArgumentException.class, () -> SolrOptions.of("", "sleepkb"));
        assertTrue(none.getMessage().contains(SolrOptions.URLS_ENV), none.getMessage());
        var alias = assertThrows(IllegalArgumentException.class, () -> SolrOptions.of("http://127.0.0.1:8983/solr", "a/../b"));
        assertTrue(alias.getMessage().contains("a/../b"), alias.getMessage());
    }

    @Test
    void anUnreachableClusterIsNamed() throws Exception {
        try (var engine = SolrEngine.open(SolrOptions.of("http://127.0.0.1:1/solr", "sleepkb"))) {
            var failure = assertThrows(java.io.UncheckedIOException.class, () -> engine.search(org.sleepkb.search.SearchRequest.of("melatonin")));
            assertTrue(failure.getMessage().contains("http://127.0.0.1:1/solr"), failure.getMessage());
        }
    }
}
