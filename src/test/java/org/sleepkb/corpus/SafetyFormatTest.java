package org.sleepkb.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.Severity;
import org.sleepkb.corpus.safety.SubstanceProfile;

/**
 * The structured safety format: sourced warnings and interactions, what interactions are with,
 * products and their validation, subjects against mentions, and claims texts.
 */
class SafetyFormatTest {

    @TempDir
    Path dir;

    private TestCorpus corpus() {
        return TestCorpus.safetyCopy(dir);
    }

    private static Corpus read(TestCorpus corpus) {
        return new CorpusReader(ValidationRulesTest.TODAY).read(corpus.root());
    }

    private static String profile(String warnings, String interactions) {
        return "id: valerian\nname: Valerian\naliases: []\nkind: herbal\nrisk: low\ndependence: false\n"
                + "regulatory: Sold as a dietary supplement.\nwarnings:\n" + warnings + "interactions:\n" + interactions
                + "avoid_if: [pregnancy]\nsources:\n  - key: nccih-valerian\n    title: Valerian\n    publisher: NCCIH\n"
                + "    url: https://www.nccih.nih.gov/health/valerian\nreviewed: 2026-11-20\n";
    }

    private static final String SOURCED_WARNING = "  - text: May cause headache.\n    sources: [nccih-valerian]\n";
    private static final String SOURCED_INTERACTION = "  - with: [sedative]\n    severity: moderate\n    effect: Added drowsiness.\n"
            + "    sources: [nccih-valerian]\n";

    private static void assertError(Corpus corpus, String file, String message) {
        assertTrue(corpus.problems().stream().anyMatch(p -> p.isError() && p.file().equals(file) && p.message().contains(message)),
                "expected an error in " + file + " containing «" + message + "», got " + corpus.problems());
    }

    @Test
    void theSafetyFixtureReadsWithoutProblemsAndKeepsEachClaimWithItsSources() {
        Corpus corpus = read(corpus());
        assertEquals(List.of(), corpus.problems());
        SubstanceProfile zDrugs = corpus.substances().get("z-drugs");
        Interaction withAlcohol = zDrugs.interactions().get(0);
        assertEquals(List.of("alcohol"), withAlcohol.with());
        assertEquals(Severity.MAJOR, withAlcohol.severity());
        assertEquals(List.of("FDA", "NHS"), Source.cited(zDrugs.sources(), withAlcohol.sources()).stream().map(Source::publisher).toList());
        assertEquals(List.of("fda-boxed-warning"), zDrugs.warnings().get(0).sources());
        assertEquals(List.of("sedative"), zDrugs.classes());
    }

    @Test
    void aValidProfileInTheFormatIsAccepted() {
        Corpus corpus = read(corpus().write("substances/valerian.yaml", profile(SOURCED_WARNING, SOURCED_INTERACTION).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), corpus.problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "warning as plain text       | '  - May cause headache.\n' | SOURCED_INTERACTION | warning `May cause headache.` has no source",
        "warning without sources     | '  - text: May cause headache.\n' | SOURCED_INTERACTION | warning `May cause headache.` has no source",
        "warning with an unknown key | '  - text: May cause headache.\n    sources: [nih-valerian]\n' | SOURCED_INTERACTION | warning `May cause headache.` cites source `nih-valerian`, which is not a key",
        "interaction as plain text   | SOURCED_WARNING | '  - Sedatives - added drowsiness.\n' | interaction `Sedatives - added drowsiness.` has no source",
        "interaction without sources | SOURCED_WARNING | '  - with: [sedative]\n    severity: moderate\n    effect: Added drowsiness.\n' | interaction `Added drowsiness.` has no source",
        "interaction with an unknown id | SOURCED_WARNING | '  - with: [alcohl]\n    severity: major\n    effect: Added drowsiness.\n    sources: [nccih-valerian]\n' | interaction with `alcohl` names neither a substance id nor a class",
        "interaction of no severity  | SOURCED_WARNING | '  - with: [sedative]\n    severity: severe\n    effect: Added drowsiness.\n    sources: [nccih-valerian]\n' | use major, moderate or minor",
    })
    void aClaimWithoutASourceOrWithAnUnknownTargetIsNamed(String name, String warnings, String interactions, String message) {
        String w = warnings.equals("SOURCED_WARNING") ? SOURCED_WARNING : warnings.replace("\\n", "\n");
        String i = interactions.equals("SOURCED_INTERACTION") ? SOURCED_INTERACTION : interactions.replace("\\n", "\n");
        Corpus corpus = read(corpus().write("substances/valerian.yaml", profile(w, i).getBytes(StandardCharsets.UTF_8)));
        assertError(corpus, "substances/valerian.yaml", message);
        assertFalse(corpus.substances().containsKey("valerian"), "a profile with an unsourced claim is refused");
    }

    @Test
    void aSourceWithoutAKeyIsNamed() {
        String text = profile(SOURCED_WARNING, SOURCED_INTERACTION).replace("  - key: nccih-valerian\n", "  - ");
        Corpus corpus = read(corpus().write("substances/valerian.yaml", text.replace("  -     title", "  - title").getBytes(StandardCharsets.UTF_8)));
        assertError(corpus, "substances/valerian.yaml", "source `Valerian` has no `key`");
    }

    @Test
    void aBrokenProfileNamedByAnotherProfilesInteractionDoesNotBreakTheOther() {
        Corpus corpus = read(corpus().write("substances/alcohol.yaml", "id: alcohol\nrisk: [\n".getBytes(StandardCharsets.UTF_8)));
        assertError(corpus, "substances/alcohol.yaml", "invalid YAML");
        assertTrue(corpus.substances().containsKey("z-drugs"), "z-drugs names alcohol, whose file exists but is broken: "
                + corpus.problems());
    }

    @Test
    void aClassListedInClassesYamlMayBeNamedByAnInteraction() {
        String interaction = "  - with: [anticoagulant]\n    severity: moderate\n    effect: May add to bleeding risk.\n    sources: [nccih-valerian]\n";
        TestCorpus corpus = corpus().write("substances/valerian.yaml", profile(SOURCED_WARNING, interaction).getBytes(StandardCharsets.UTF_8));
        assertError(read(corpus), "substances/valerian.yaml", "interaction with `anticoagulant` names neither");
        corpus.write("classes.yaml", "- id: anticoagulant\n  name: Anticoagulants\n  description: Blood thinners.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read(corpus).problems());
    }

    @Test
    void aProductLinksEveryIngredientOfTheArticlesThatNameIt() {
        Corpus corpus = read(corpus());
        Product tylenolPm = corpus.products().get("tylenol-pm");
        assertEquals(List.of("diphenhydramine", "acetaminophen"), tylenolPm.substances());
        assertEquals("500 mg per caplet", tylenolPm.ingredients().get(1).amount());
        Article otc = article(corpus, "otc-sleep-aids");
        assertEquals(List.of("diphenhydramine"), otc.subjects());
        assertTrue(otc.substances().containsAll(List.of("diphenhydramine", "acetaminophen", "alcohol")), otc.substances().toString());
    }

    @Test
    void aProductWhoseIngredientHasNoProfileIsRefused() {
        Corpus corpus = read(corpus().write("products/advil-pm.yaml", ("id: advil-pm\nname: Advil PM\nmarkets: [US]\ningredients:\n"
                + "  - substance: diphenhydramine\n  - substance: ibuprofen\nsources:\n  - title: Advil PM label\n"
                + "    url: https://dailymed.nlm.nih.gov/dailymed/\nreviewed: 2026-11-20\n").getBytes(StandardCharsets.UTF_8)));
        assertError(corpus, "products/advil-pm.yaml", "ingredient `ibuprofen` has no valid profile");
        assertFalse(corpus.products().containsKey("advil-pm"));
    }

    @Test
    void aBrandNameMayNotAlsoBeASubstanceAlias() {
        Corpus corpus = read(corpus().write("products/benadryl.yaml", ("id: benadryl\nname: Benadryl Allergy\naliases: [benadryl]\n"
                + "markets: [US]\ningredients:\n  - substance: diphenhydramine\nsources:\n  - title: Benadryl label\n"
                + "    url: https://dailymed.nlm.nih.gov/dailymed/\nreviewed: 2026-11-20\n").getBytes(StandardCharsets.UTF_8)));
        assertError(corpus, "products/benadryl.yaml", "brand name `benadryl` is also a name or alias of substance `diphenhydramine`");
    }

    @Test
    void declaredSubstancesAreSubjectsAndNamedOnesAreMentions() {
        Corpus corpus = read(corpus());
        Article cbtI = article(corpus, "cbt-i");
        assertEquals(List.of(), cbtI.subjects());
        assertEquals(List.of("z-drugs"), cbtI.substances());
        assertTrue(article(corpus, "kratom-and-sleep").isAbout("kratom"));
    }

    @Test
    void aClaimsTextIsMarkedInFrontMatterAndOtherKindsAreRefused() {
        TestCorpus copy = corpus();
        assertEquals(ArticleKind.CLAIMS, article(read(copy), "kratom-claims").kind());
        assertEquals(ArticleKind.REVIEWED, article(read(copy), "kratom-and-sleep").kind());
        copy.writeArticle("advert.md", ValidationRulesTest.with("evidence", "evidence: low\nkind: advert"));
        assertError(read(copy), "articles/advert.md", "`kind` is `advert`");
    }

    private static Article article(Corpus corpus, String slug) {
        return corpus.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }
}
