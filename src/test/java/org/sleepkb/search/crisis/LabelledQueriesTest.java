package org.sleepkb.search.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The classifier against the labelled queries of {@code crisis-queries.tsv}: every crisis query
 * raises the banner, in its own language, and at most 2 % of the calm near-misses do.
 */
class LabelledQueriesTest {

    private static final Path LABELLED = Path.of("src/test/resources/crisis-queries.tsv");
    private static final double MAX_FALSE_ALARMS = 0.02;

    record Labelled(String kind, String language, String query) {
        boolean crisis() {
            return !kind.equals("calm");
        }
    }

    static List<Labelled> read() throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        for (String line : Files.readAllLines(LABELLED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertEquals(3, columns.length, "kind, language and query separated by tabs: " + line);
            labelled.add(new Labelled(columns[0], columns[1], columns[2]));
        }
        return labelled;
    }

    @Test
    void everyCrisisQueryRaisesTheBannerInItsLanguageAndAtMostTwoPercentOfCalmOnesDo() throws IOException {
        List<Labelled> labelled = read();
        List<String> missed = new ArrayList<>();
        List<String> wrongLanguage = new ArrayList<>();
        List<String> otherKind = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int crises = 0;
        int calm = 0;
        for (Labelled query : labelled) {
            Optional<Crisis> found = CrisisClassifier.bundled().classify(query.query());
            if (query.crisis()) {
                crises++;
                if (found.isEmpty()) {
                    missed.add(query.query());
                } else if (!found.get().language().equals(query.language())) {
                    wrongLanguage.add(query.query() + " (" + found.get().language() + ")");
                } else if (!found.get().kind().id().equals(query.kind())) {
                    otherKind.add(query.query() + " (" + found.get().kind().id() + ")");
                }
            } else {
                calm++;
                found.ifPresent(crisis -> falseAlarms.add(query.query() + " (" + crisis.kind().id() + ")"));
            }
        }
        double recall = (crises - missed.size()) / (double) crises;
        double falseAlarmRate = falseAlarms.size() / (double) calm;
        System.out.printf(Locale.ROOT, "crisis classifier on %d labelled queries: recall %.3f (%d crisis queries), "
                        + "false alarms %.3f (%d calm queries), other kind than labelled %d%n",
                labelled.size(), recall, crises, falseAlarmRate, calm, otherKind.size());
        System.out.println("  missed: " + missed + "\n  false alarms: " + falseAlarms + "\n  other kind: " + otherKind);

        assertTrue(labelled.size() >= 150, "at least 150 labelled queries");
        assertTrue(Math.abs(crises - calm) <= labelled.size() / 10, "about half crisis, half calm: " + crises + " / " + calm);
        assertEquals(List.of(), missed, "recall must be 1.0");
        assertEquals(List.of(), wrongLanguage, "the banner comes in the query's language");
        assertTrue(falseAlarmRate <= MAX_FALSE_ALARMS, "false alarms " + falseAlarms);
    }
}
