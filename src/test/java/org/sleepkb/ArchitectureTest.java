package org.sleepkb;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;

/**
 * The package structure of docs/architecture.md, checked on the compiled classes: no cycle between packages, data
 * flowing corpus → index → search → web/cli/eval with no arrow back up, Lucene only in index and search, and web,
 * cli and eval reaching search through its seam. On the sources: packages and files small enough to find one's way in.
 */
class ArchitectureTest {

    /** The application's classes, read from where {@link Main} was loaded: scanning the class path's jars takes seconds. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(applicationClasses());

    private static Path applicationClasses() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] FRONTS = {"org.sleepkb.web..", "org.sleepkb.cli..", "org.sleepkb.eval.."};

    /**
     * Each package is a slice of its own, the root {@code org.sleepkb} too, so a cycle between two sub-packages of
     * search counts as well as one through the root.
     */
    @Test
    void noCycleBetweenPackages() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }

    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("org.sleepkb") || name.startsWith("org.sleepkb.") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of org.sleepkb";
        }
    };

    @Test
    void dataFlowsOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("corpus").definedBy("org.sleepkb.corpus..")
                .layer("embed").definedBy("org.sleepkb.embed..")
                .layer("index").definedBy("org.sleepkb.index..")
                .layer("search").definedBy("org.sleepkb.search..")
                .layer("fronts").definedBy(FRONTS)
                .whereLayer("fronts").mayNotBeAccessedByAnyLayer()
                .whereLayer("search").mayOnlyBeAccessedByLayers("fronts")
                .whereLayer("index").mayOnlyBeAccessedByLayers("search", "fronts")
                .whereLayer("embed").mayOnlyBeAccessedByLayers("index", "search", "fronts")
                .whereLayer("corpus").mayOnlyBeAccessedByLayers("embed", "index", "search", "fronts")
                .check(CLASSES);
    }

    @Test
    void onlyIndexAndSearchUseLucene() {
        noClasses().that().resideOutsideOfPackages("org.sleepkb.index..", "org.sleepkb.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    /**
     * The seam: what the rest of the program sees of searching holds no Lucene and nothing of one engine. The safety of
     * a result ({@code search.safety}, part of the seam) and its crisis signal ({@code search.crisis}, no Lucene) are
     * part of what every engine answers.
     */
    @Test
    void theSeamStandsOnItsOwn() {
        noClasses().that().resideInAnyPackage("org.sleepkb.search", "org.sleepkb.search.safety")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.sleepkb.search.query..",
                        "org.sleepkb.search.rank..", "org.sleepkb.search.facet..", "org.sleepkb.search.snippet..",
                        "org.sleepkb.search.related..", "org.sleepkb.search.embedded..")
                .check(CLASSES);
    }

    /**
     * Web, cli and eval talk to a {@link org.sleepkb.search.SearchEngine}: never to the index store or the inner parts
     * of search; cli and eval name the embedded engine only to open it.
     */
    @Test
    void frontsUseTheEngineThroughTheSeam() {
        noClasses().that().resideInAnyPackage(FRONTS)
                .should().dependOnClassesThat(belongToAnyOf(IndexStore.class))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.sleepkb.search.query..", "org.sleepkb.search.rank..",
                        "org.sleepkb.search.facet..", "org.sleepkb.search.snippet..", "org.sleepkb.search.related..")
                .orShould().dependOnClassesThat(resideInAnyPackage("org.sleepkb.search.embedded..")
                        .and(not(belongToAnyOf(EmbeddedEngine.class, EngineOptions.class))))
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.sleepkb.web..")
                .should().dependOnClassesThat().resideInAPackage("org.sleepkb.search.embedded..")
                .check(CLASSES);
    }

    private static final Path SOURCES = Path.of("src/main/java");
    /** Most files of classes a package may hold (its package-info aside): a change of one behaviour touches one package. */
    private static final int MOST_FILES_PER_PACKAGE = 20;
    /** Most lines a source file may have. */
    private static final int MOST_LINES_PER_FILE = 300;

    @Test
    void packagesHoldAtMostTwentyFiles() throws IOException {
        Map<String, Long> crowded;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            crowded = files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("package-info.java"))
                    .collect(Collectors.groupingBy(file -> SOURCES.relativize(file.getParent()).toString(), TreeMap::new,
                            Collectors.counting()));
        }
        crowded.values().removeIf(count -> count <= MOST_FILES_PER_PACKAGE);
        assertEquals(Map.of(), crowded, "packages with more than " + MOST_FILES_PER_PACKAGE + " files");
    }

    @Test
    void filesHoldAtMostThreeHundredLines() throws IOException {
        Map<String, Integer> longer = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                int lines = Files.readAllLines(file).size();
                if (lines > MOST_LINES_PER_FILE) {
                    longer.put(SOURCES.relativize(file).toString(), lines);
                }
            }
        }
        assertEquals(Map.of(), longer, "files with more than " + MOST_LINES_PER_FILE + " lines");
    }
}
