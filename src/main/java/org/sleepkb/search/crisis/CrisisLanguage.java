package org.sleepkb.search.crisis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One language's resource file {@code crisis/<code>.txt}: its common words, the idioms that only
 * sound alarming, the phrases of each {@link CrisisKind}, the banner's words and the helplines.
 * docs/crisis.md describes the format; a line the format does not know is an error naming the
 * file and line, so a typo in a phrase cannot silently switch it off.
 */
final class CrisisLanguage {

    private final String code;
    private final Set<String> commonWords = new HashSet<>();
    private final List<Pattern> calm = new ArrayList<>();
    private final Map<CrisisKind, List<Pattern>> phrases = new EnumMap<>(CrisisKind.class);
    private final Map<CrisisKind, List<Helpline>> lines = new EnumMap<>(CrisisKind.class);
    private String heading;
    private String advice;
    private String article;

    private CrisisLanguage(String code) {
        this.code = code;
        for (CrisisKind kind : CrisisKind.values()) {
            phrases.put(kind, new ArrayList<>());
            lines.put(kind, new ArrayList<>());
        }
    }

    String code() {
        return code;
    }

    /** Reads {@code crisis/<code>.txt} from the class path. */
    static CrisisLanguage read(String code) {
        String resource = "crisis/" + code + ".txt";
        try (InputStream in = CrisisLanguage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: crisis/languages.txt lists " + code);
            }
            CrisisLanguage language = new CrisisLanguage(code);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                try {
                    language.add(line.strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
            language.checkComplete(resource);
            return language;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected `key: value`, got `" + line + "`");
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key) {
            case "common" -> {
                for (String word : value.split("\\s+")) {
                    commonWords.add(QueryText.normalised(word));
                }
            }
            case "calm" -> calm.add(phrase(value));
            case "overdose", "suicide", "medical" -> phrases.get(CrisisKind.of(key)).add(phrase(value));
            case "heading" -> heading = value;
            case "advice" -> advice = value;
            case "article" -> article = value;
            case "line" -> addLine(value);
            default -> throw new IllegalArgumentException("unknown key `" + key + "`");
        }
    }

    /** {@code kinds | region | name | number or url}, kinds a comma-separated list or {@code all}. */
    private void addLine(String value) {
        String[] parts = value.split("\\|");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a line is `kinds | region | name | number or url`, got `" + value + "`");
        }
        String reach = parts[3].strip();
        boolean web = reach.startsWith("https://");
        Helpline helpline = new Helpline(parts[2].strip(), web ? null : reach, web ? reach : null, parts[1].strip());
        String kinds = parts[0].strip();
        for (CrisisKind kind : CrisisKind.values()) {
            if (kinds.equals("all") || List.of(kinds.split("\\s*,\\s*")).contains(kind.id())) {
                lines.get(kind).add(helpline);
            }
        }
    }

    /** A phrase as a whole-word pattern over {@link QueryText#normalised} text. */
    private static Pattern phrase(String regex) {
        try {
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid pattern: " + e.getDescription() + " in `" + regex + "`");
        }
    }

    private void checkComplete(String resource) {
        if (heading == null || advice == null || article == null) {
            throw new IllegalStateException(resource + " needs a heading, an advice and an article line");
        }
        for (CrisisKind kind : CrisisKind.values()) {
            if (phrases.get(kind).isEmpty() || lines.get(kind).isEmpty()) {
                throw new IllegalStateException(resource + " needs phrases and lines for " + kind.id());
            }
        }
    }

    /** How many of {@code words} are common words of this language. */
    int commonWordsIn(List<String> words) {
        return (int) words.stream().filter(commonWords::contains).count();
    }

    /** {@code text} with this language's idioms blanked out, so that "dying for a nap" is not read as dying. */
    String withoutIdioms(String text) {
        String rest = text;
        for (Pattern idiom : calm) {
            rest = idiom.matcher(rest).replaceAll(" , ");
        }
        return rest;
    }

    /** The first kind whose phrases occur in {@code text} (normalised, idioms removed), or null. */
    CrisisKind kindIn(String text) {
        for (CrisisKind kind : CrisisKind.values()) {
            if (phrases.get(kind).stream().anyMatch(phrase -> phrase.matcher(text).find())) {
                return kind;
            }
        }
        return null;
    }

    Crisis crisis(CrisisKind kind) {
        return new Crisis(kind, code, lines.get(kind), new Crisis.Banner(heading, advice, article));
    }
}
