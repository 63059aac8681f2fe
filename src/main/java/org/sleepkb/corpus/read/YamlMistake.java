package org.sleepkb.corpus.read;

import org.sleepkb.corpus.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error worded for the editor: on the line to change, with a hint that fits the
 * mistake. SnakeYAML notices an unclosed list, mapping or quote only lines later, where it runs
 * into the next key or the end; it also remembers where the construct opened (the context mark),
 * and that opening line is the one to fix.
 */
final class YamlMistake {

    private static final String GENERAL_HINT = "check indentation and quote values that contain ': ' or start with a special character";

    private YamlMistake() {
    }

    /** @param lineOffset lines before the YAML in its file */
    static Problem of(String file, int lineOffset, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark opened = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        Mark found = e.getProblemMark();
        if (context.contains("flow sequence")) {
            return error(file, lineOffset, opened, problem, "the list opened with `[` on this line is not closed: close the list with `]`");
        }
        if (context.contains("flow mapping")) {
            return error(file, lineOffset, opened, problem, "the mapping opened with `{` on this line is not closed: close the mapping with `}`");
        }
        if (context.contains("quoted scalar")) {
            return error(file, lineOffset, opened, problem, "the quoted value on this line has no closing quote: close the quote with the mark that opens it");
        }
        if (context.contains("simple key")) {
            return error(file, lineOffset, opened, problem, "every line needs the form `key: value` (or `- item` in a list)");
        }
        if (problem.contains("mapping values are not allowed")) {
            return error(file, lineOffset, found, problem, "the value holds `: `: put the value in quotes, e.g. `title: \"Melatonin: what is known\"`");
        }
        if (problem.contains("TAB") || problem.contains("\t")) {
            return error(file, lineOffset, found, "a tab character", "indent with spaces, not tabs");
        }
        return error(file, lineOffset, found, problem, GENERAL_HINT);
    }

    private static Problem error(String file, int lineOffset, Mark mark, String problem, String hint) {
        int line = mark == null ? 0 : lineOffset + mark.getLine() + 1;
        return Problem.error(file, line, "invalid YAML: " + problem + "; " + hint);
    }
}
