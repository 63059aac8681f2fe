package org.sleepkb.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format (version 0.0.4): every line must be a
 * {@code # HELP}, a {@code # TYPE} or a sample of a declared family, with well-formed names, label
 * pairs and a number; anything else fails the test that reads it.
 */
final class PrometheusText {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String NUMBER = "[-+]?(?:[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf|NaN)";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(?:" + LABEL + "(?:," + LABEL + ")*,?)?})? (" + NUMBER + ")(?: -?[0-9]+)?");
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "counter", List.of("_total", "_created"), "gauge", List.of(""), "untyped", List.of(""),
            "histogram", List.of("_bucket", "_count", "_sum", "_created"), "summary", List.of("", "_count", "_sum", "_created"));

    /** Sample (name with its labels, as written) to value. */
    private final Map<String, Double> samples = new LinkedHashMap<>();

    private PrometheusText() {
    }

    static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        Map<String, String> types = new HashMap<>();
        if (!text.endsWith("\n")) {
            throw new AssertionError("the exposition must end with a line feed");
        }
        for (String line : text.split("\n")) {
            Matcher help = HELP.matcher(line);
            Matcher type = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            if (type.matches()) {
                if (types.put(type.group(1), type.group(2)) != null) {
                    throw new AssertionError("family declared twice: " + line);
                }
            } else if (help.matches()) {
                continue;
            } else if (sample.matches()) {
                if (familyOf(sample.group(1), types) == null) {
                    throw new AssertionError("sample of no declared family: " + line);
                }
                String value = sample.group(3).replace("Inf", "Infinity");
                parsed.samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), Double.parseDouble(value));
            } else {
                throw new AssertionError("not Prometheus text format: `" + line + "`");
            }
        }
        return parsed;
    }

    private static String familyOf(String sample, Map<String, String> types) {
        for (Map.Entry<String, String> family : types.entrySet()) {
            for (String suffix : SUFFIXES.get(family.getValue())) {
                if (sample.equals(family.getKey() + suffix) || (suffix.equals("_total") && sample.equals(family.getKey()))) {
                    return family.getKey();
                }
            }
        }
        return null;
    }

    /** The value of the first sample whose name is {@code name} and whose labels include every one given ({@code route="/x"}). */
    double value(String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> List.of(labels).stream().allMatch(label -> e.getKey().contains(label)))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + " " + List.of(labels) + " in " + samples.keySet()));
    }

    boolean has(String name, String... labels) {
        try {
            value(name, labels);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
