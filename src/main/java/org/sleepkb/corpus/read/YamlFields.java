package org.sleepkb.corpus.read;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as a node tree, so that every problem can name the line it is on.
 *
 * <p>Values are read from nodes rather than constructed into Java objects: no YAML tag can make
 * the reader instantiate anything, and alias bombs are refused by SnakeYAML's own limits.
 */
final class YamlFields {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 20;
    private static final int MAX_CODE_POINTS = 1024 * 1024;

    private final String file;
    private final int lineOffset;
    private final Map<String, Node> fields;
    private final List<Problem> problems;

    private YamlFields(String file, int lineOffset, Map<String, Node> fields, List<Problem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param lineOffset lines before {@code text} in its file (front matter starts on line 2)
     * @return empty, with a problem recorded, when the text is not a well-formed mapping
     */
    static Optional<YamlFields> parse(String file, String text, int lineOffset, List<Problem> problems) {
        Optional<Node> root = compose(file, text, lineOffset, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, lineOffset + 1, "expected a YAML mapping of `key: value` lines"));
            return Optional.empty();
        }
        return Optional.of(of(file, lineOffset, mapping, problems));
    }

    /**
     * Parses a file that is one mapping named by its file ({@code <id>.yaml}, a profile or a
     * product): warns about keys not in {@code known} and records an error when its {@code id}
     * is missing or differs from the file name.
     */
    static Optional<YamlFields> parseNamed(String file, String expectedId, String text, Set<String> known, List<Problem> problems) {
        Optional<YamlFields> parsed = parse(file, text, 0, problems);
        parsed.ifPresent(yaml -> {
            yaml.warnUnknownKeys(known);
            Optional<String> id = yaml.requiredText("id", 100);
            if (id.isPresent() && !id.get().equals(expectedId)) {
                yaml.error("id", "`id` is `" + id.get() + "` but the file is named " + expectedId + ".yaml; make them the same");
            }
        });
        return parsed;
    }

    /** Parses {@code text} as a YAML document of any shape, or records why it cannot be read. */
    static Optional<Node> compose(String file, String text, int lineOffset, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                problems.add(Problem.error(file, lineOffset + 1, "the YAML is empty"));
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            problems.add(YamlMistake.of(file, lineOffset, e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(file, lineOffset + 1, "invalid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    static YamlFields of(String file, int lineOffset, MappingNode mapping, List<Problem> problems) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return new YamlFields(file, lineOffset, fields, problems);
    }

    /** Line of {@code key}'s value, or of the mapping when the key is absent. */
    int line(String key) {
        Node node = fields.get(key);
        return node == null ? lineOffset + 1 : lineOf(node);
    }

    private int lineOf(Node node) {
        return lineOffset + node.getStartMark().getLine() + 1;
    }

    /** Warns about keys the format does not know, usually a typo of a known one. */
    void warnUnknownKeys(Set<String> known) {
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                problems.add(Problem.warning(file, line(key), "unknown field `" + key + "` is ignored; known fields are " + String.join(", ", known)));
            }
        }
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** A required, non-empty text value at most {@code maxLength} characters long. */
    Optional<String> requiredText(String key, int maxLength) {
        if (!has(key)) {
            error(key, "`" + key + "` is missing; add a line `" + key + ": ...`");
            return Optional.empty();
        }
        Optional<String> value = optionalText(key);
        if (value.isPresent() && value.get().isBlank()) {
            error(key, "`" + key + "` is empty; write a value");
            return Optional.empty();
        }
        if (value.isPresent() && value.get().length() > maxLength) {
            error(key, "`" + key + "` is " + value.get().length() + " characters long; shorten it to at most " + maxLength);
            return Optional.empty();
        }
        return value;
    }

    /** A text value, or empty when absent; a list or mapping here is a problem. */
    Optional<String> optionalText(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(Problem.error(file, lineOf(node), "`" + key + "` must be a single text value, not a list or mapping"));
        return Optional.empty();
    }

    /** A list of text values, written either {@code [a, b]} or as {@code - a} lines; absent is empty. */
    List<String> textList(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, lineOf(node), "`" + key + "` must be a list, e.g. `" + key + ": [a, b]`"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problems.add(Problem.error(file, lineOf(item), "every entry of `" + key + "` must be a non-empty text value"));
            }
        }
        return values;
    }

    /** A list of mappings, each handed over as its own {@code YamlFields}. */
    List<YamlFields> mappingList(String key) {
        return mappingList(key, text -> "every entry of `" + key + "` must be a mapping such as `title: ...`");
    }

    /**
     * A list of mappings; an entry written as plain text is a problem worded by {@code plainEntry}
     * from that text (a warning written the old way names the warning).
     */
    List<YamlFields> mappingList(String key, UnaryOperator<String> plainEntry) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, lineOf(node), "`" + key + "` must be a list of entries starting with `- `"));
            return List.of();
        }
        List<YamlFields> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                entries.add(of(file, lineOffset, mapping, problems));
            } else {
                problems.add(Problem.error(file, lineOf(item),
                        plainEntry.apply(item instanceof ScalarNode scalar ? scalar.getValue().strip() : "")));
            }
        }
        return entries;
    }

    Optional<Boolean> bool(String key) {
        return optionalText(key).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.add(Problem.error(file, line(key), "`" + key + "` must be true or false, not `" + value + "`"));
                yield Optional.empty();
            }
        });
    }

    /** A calendar date written {@code YYYY-MM-DD} that is not in the future. */
    Optional<LocalDate> pastDate(String key, LocalDate today) {
        return optionalText(key).flatMap(value -> {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(today)) {
                    problems.add(Problem.error(file, line(key), "`" + key + "` is " + value + ", a date in the future; use the date of the last review"));
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeException e) {
                problems.add(Problem.error(file, line(key), "`" + key + "` is `" + value + "`, not a real date; write it as YYYY-MM-DD"));
                return Optional.empty();
            }
        });
    }

    /** Sources, each with a title and an https URL, and the key claims cite it by where one is given. */
    List<Source> sources(String key) {
        List<Source> sources = new ArrayList<>();
        for (YamlFields entry : mappingList(key)) {
            String sourceKey = entry.optionalText("key").filter(k -> !k.isBlank()).orElse(null);
            String title = entry.optionalText("title").orElse("");
            String publisher = entry.optionalText("publisher").orElse("");
            String url = entry.optionalText("url").orElse("");
            if (title.isBlank()) {
                problems.add(Problem.error(file, entry.line("title"), "a source has no `title`; add the page's title"));
            } else if (!isHttpsUrl(url)) {
                problems.add(Problem.error(file, entry.line("url"), "source `" + title + "` needs an https URL, not `" + url + "`"));
            } else {
                sources.add(new Source(sourceKey, title, publisher, url));
            }
        }
        return sources;
    }

    private static boolean isHttpsUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    void error(String key, String message) {
        problems.add(Problem.error(file, line(key), message));
    }
}
