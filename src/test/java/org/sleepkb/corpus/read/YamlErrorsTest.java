package org.sleepkb.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepkb.corpus.Problem;

/** A YAML mistake is reported on the line the editor has to change, with a hint that fits the mistake. */
class YamlErrorsTest {

    /** Front matter as in an article: the YAML starts on line 2 of the file. */
    private static Problem problemOf(String... yamlLines) {
        List<Problem> problems = new ArrayList<>();
        YamlFields.parse("articles/x.md", String.join("\n", yamlLines) + "\n", 1, problems);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a list without its ]", new String[] {"title: T", "summary: S", "topics: [sleep, stress", "evidence: low"},
                        4, "close the list with `]`"),
                Arguments.of("a mapping without its }", new String[] {"title: T", "meta: {a: 1", "evidence: low"},
                        3, "close the mapping with `}`"),
                Arguments.of("an unclosed quote", new String[] {"title: T", "summary: \"Sleep well", "evidence: low"},
                        3, "close the quote"),
                Arguments.of("a colon in an unquoted value", new String[] {"title: Melatonin: what is known", "evidence: low"},
                        2, "put the value in quotes"),
                Arguments.of("a tab for indentation", new String[] {"title: T", "sources:", "\t- title: X"},
                        4, "indent with spaces"),
                Arguments.of("a line without key: value", new String[] {"title: T", "summary", "evidence: low"},
                        3, "`key: value`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theProblemNamesTheLineToChangeAndAFittingHint(String mistake, String[] yaml, int line, String hint) {
        Problem problem = problemOf(yaml);

        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(hint), problem.toString());
        assertTrue(problem.message().startsWith("invalid YAML: "), problem.toString());
    }
}
