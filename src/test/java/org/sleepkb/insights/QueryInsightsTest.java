package org.sleepkb.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.insights.QueryInsights.Outcome;
import org.sleepkb.insights.QueryInsights.QueryCount;

/** Query insights count what editors need and keep nothing that points at a reader. */
class QueryInsightsTest {

    private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-12-05T10:15:30Z"), ZoneOffset.UTC);
    private static final Clock DAY_TWO = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    private static void type(QueryInsights insights, String query, int times, Outcome outcome) {
        for (int i = 0; i < times; i++) {
            insights.record(query, outcome);
        }
    }

    @Test
    void aQueryIsShownOnlyOnceFiveSearchesTypedItWithCaseAndSpacesFolded() {
        QueryInsights insights = QueryInsights.inMemory(DAY_ONE);
        type(insights, "melatonin and alcohol", 2, Outcome.FOUND);
        type(insights, "  Melatonin   AND alcohol ", 2, Outcome.FOUND);
        type(insights, "rare worry", 4, Outcome.NOTHING);

        assertEquals(List.of(), insights.summary(20).frequent(), "four searches are not enough");

        insights.record("MELATONIN and\talcohol", Outcome.FOUND);
        assertEquals(List.of(new QueryCount("melatonin and alcohol", 5)), insights.summary(20).frequent());
    }

    @Test
    void searchesThatFoundNothingOrOnlyRelatedArticlesAreCounted() {
        QueryInsights insights = QueryInsights.inMemory(DAY_ONE);
        type(insights, "a", 3, Outcome.NOTHING);
        type(insights, "b", 2, Outcome.ONLY_RELATED);
        type(insights, "c", 1, Outcome.FOUND);
        insights.record("   ", Outcome.FOUND);

        QueryInsights.Summary summary = insights.summary(20);
        assertEquals(6, summary.searches(), "browsing without words is not a search");
        assertEquals(3, summary.nothing());
        assertEquals(2, summary.onlyRelated());
    }

    @Test
    void switchedOffItCountsNothing() {
        QueryInsights insights = QueryInsights.off();
        type(insights, "melatonin", 10, Outcome.FOUND);

        assertFalse(insights.summary(20).enabled());
        assertEquals(0, insights.summary(20).searches());
        assertEquals(List.of(), insights.summary(20).frequent());
    }

    @Test
    void onDiskEachDayIsOneFileOfCountsWithOnlyTheQueriesShownAndNoTimeFinerThanTheDay(@TempDir Path dir) throws Exception {
        QueryInsights insights = QueryInsights.onDisk(DAY_ONE, dir);
        type(insights, "can't switch off at night", 5, Outcome.FOUND);
        type(insights, "my neighbour's name and my rare illness", 4, Outcome.NOTHING);
        insights.close();

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("2026-12-05.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        String written = Files.readString(dir.resolve("2026-12-05.json"));
        JsonNode day = Json.MAPPER.readTree(written);
        Set<String> fields = new java.util.TreeSet<>();
        day.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("day", "searches", "nothing", "onlyRelated", "queries"), fields);
        assertEquals("2026-12-05", day.get("day").asText());
        assertEquals(9, day.get("searches").asInt());
        assertEquals(5, day.get("queries").get("can't switch off at night").asInt());
        assertFalse(written.contains("neighbour"), "a query typed fewer than five times is never written");
        assertFalse(written.contains("10:15"), "no time of day");

        QueryInsights restarted = QueryInsights.onDisk(DAY_TWO, dir);
        restarted.record("can't switch off at night", Outcome.FOUND);
        assertEquals(List.of(new QueryCount("can't switch off at night", 6)), restarted.summary(20).frequent(),
                "the days kept are read back and added up");
    }

    @Test
    void daysBeyondThoseKeptAreDropped(@TempDir Path dir) throws Exception {
        QueryInsights insights = QueryInsights.onDisk(DAY_ONE, dir);
        type(insights, "old question", 5, Outcome.FOUND);
        insights.close();

        Clock later = Clock.offset(DAY_ONE, java.time.Duration.ofDays(QueryInsights.DAYS_KEPT + 1L));
        QueryInsights reopened = QueryInsights.onDisk(later, dir);
        assertEquals(0, reopened.summary(20).searches());
        reopened.record("new question", Outcome.FOUND);
        assertFalse(Files.exists(dir.resolve("2026-12-05.json")), "the file of a day no longer kept is deleted");
        assertTrue(reopened.summary(20).frequent().isEmpty());
    }
}
