package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisSignalTest {

    @ParameterizedTest
    @ValueSource(strings = {"overdose", "Overdosed on sleeping pills", "took too many melatonin", "OD on kratom",
            "suicide", "suicidal thoughts at night", "I want to kill myself", "want to die", "self-harm", "self harm urges",
            "hurting myself", "not breathing", "my friend stopped breathing", "can’t breathe", "chest pain after caffeine",
            "heart attack or panic attack", "poisoning"})
    void emergenciesRaiseTheBanner(String query) {
        assertTrue(CrisisSignal.in(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "melatonin", "breathing techniques", "odd dreams", "body clock", "method", "chest",
            "stress and sleep", "kratom withdrawal", "diet"})
    void everydayQueriesDoNot(String query) {
        assertFalse(CrisisSignal.in(query), query);
    }
}
