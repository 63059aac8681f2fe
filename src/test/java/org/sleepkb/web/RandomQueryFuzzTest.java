package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sleepkb.io.Json;
import org.sleepkb.search.QueryTooComplexException;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;

/**
 * Random strings thrown at the query path, seeded so a failure can be replayed: built from query
 * syntax, real words, numbers and arbitrary code points (controls, lone surrogates, astral
 * characters). The searcher answers each or refuses it by name; over HTTP nothing is a 5xx.
 */
class RandomQueryFuzzTest {

    private static final long SEED = 20_261_125L;
    private static final List<String> SYNTAX = List.of("\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", "+", "-", "!",
            "&&", "||", ":", "/", "\\", " AND ", " OR ", " NOT ", " TO ", "~999999", "^-1", "title:", "topic:", "slug:", "%", "&q=", "#");
    private static final List<String> WORDS = List.of("sleep", "melatonin", "kratom", "stress", "insomnia", "cafeine", "body",
            "a", "the", "zzz", "can't sleep", "睡眠", "😴");

    private final TestSite site = TestSite.hybrid();

    @Test
    void theSearcherAnswersEveryRandomQueryOrRefusesItByName() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String query = randomQuery(random);
            try {
                SearchResult result = site.engine.search(SearchRequest.of(query, 1 + random.nextInt(SearchRequest.MAX_PAGE_SIZE)));
                assertTrue(result.total() >= 0);
            } catch (QueryTooComplexException refused) {
                assertTrue(refused.getMessage().contains("too many words"));
            } catch (RuntimeException e) {
                throw new AssertionError("query #" + i + " (seed " + SEED + ") " + describe(query) + " threw " + e, e);
            }
        }
    }

    @Test
    void theApiNeverAnswersRandomQueriesWithAServerError() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 100; i++) {
            String query = randomQuery(random);
            String target = "/api/search?q=" + HostileInputTest.encode(query) + randomPaging(random);
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            if (answer.status() >= 500 || (answer.status() != 200 && answer.status() != 400)) {
                fail("request #" + i + " (seed " + (SEED + 1) + ") " + target + " answered " + answer.status() + ": " + answer.body());
            }
            JsonNode body = json(answer);
            if (answer.status() == 400) {
                assertNotNull(body.get("detail"), target);
            }
        }
    }

    private static String randomQuery(Random random) {
        int pieces = random.nextInt(10) == 0 ? 40 + random.nextInt(200) : random.nextInt(12);
        StringBuilder query = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(5)) {
                case 0 -> query.append(SYNTAX.get(random.nextInt(SYNTAX.size())));
                case 1 -> query.append(WORDS.get(random.nextInt(WORDS.size())));
                case 2 -> query.append(' ');
                case 3 -> query.append(random.nextInt(10) == 0 ? Long.toString(random.nextLong()) : Integer.toString(random.nextInt(100)));
                default -> query.appendCodePoint(randomCodePoint(random));
            }
        }
        return query.toString();
    }

    /** Mostly ordinary characters, with controls, lone surrogates, private use and astral ones mixed in. */
    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0xD800 + random.nextInt(0x800);
            case 2 -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            case 3 -> random.nextInt(0x10000);
            default -> 0x20 + random.nextInt(0x5F);
        };
    }

    private static String randomPaging(Random random) {
        List<String> values = List.of("", "1", "0", "-1", "50", "51", "100", "101", "abc", "1.5", "99999999999999999999", "%00", "%zz");
        StringBuilder paging = new StringBuilder();
        if (random.nextBoolean()) {
            paging.append("&page=").append(values.get(random.nextInt(values.size())));
        }
        if (random.nextBoolean()) {
            paging.append("&limit=").append(values.get(random.nextInt(values.size())));
        }
        return paging.toString();
    }

    private static String describe(String query) {
        StringBuilder codePoints = new StringBuilder();
        query.codePoints().forEach(cp -> codePoints.append(String.format("U+%04X ", cp)));
        return "[" + codePoints.toString().strip() + "]";
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }
}
