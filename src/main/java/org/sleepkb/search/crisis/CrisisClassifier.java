package org.sleepkb.search.crisis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a query as a person in danger might type it, in any language that has a resource file
 * (listed in {@code crisis/languages.txt}, the first being the corpus's own). It errs on the side
 * of the banner: a false alarm costs a few lines of screen, a missed emergency far more; idioms
 * that only sound alarming ("killing time before bed") are listed per language so that they do not fire.
 */
public final class CrisisClassifier {

    private static final CrisisClassifier BUNDLED = new CrisisClassifier(readLanguages());

    private final List<CrisisLanguage> languages;

    private CrisisClassifier(List<CrisisLanguage> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The classifier of the languages bundled with sleepkb. */
    public static CrisisClassifier bundled() {
        return BUNDLED;
    }

    /** The crisis {@code query} suggests, in the language it is written in, or empty. */
    public Optional<Crisis> classify(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        String text = QueryText.normalised(query);
        List<CrisisLanguage> tried = new ArrayList<>(languages);
        tried.sort(Comparator.comparingInt((CrisisLanguage l) -> -l.commonWordsIn(QueryText.words(text))));
        for (CrisisLanguage language : tried) {
            CrisisKind kind = language.kindIn(language.withoutIdioms(text));
            if (kind != null) {
                return Optional.of(language.crisis(kind));
            }
        }
        return Optional.empty();
    }

    /**
     * The code of the language {@code query} is most likely written in: the one with the most of
     * its common words in the query; the corpus's language when none has more.
     */
    public String language(String query) {
        List<String> words = QueryText.words(QueryText.normalised(query == null ? "" : query));
        CrisisLanguage best = languages.get(0);
        for (CrisisLanguage language : languages) {
            if (language.commonWordsIn(words) > best.commonWordsIn(words)) {
                best = language;
            }
        }
        return best.code();
    }

    /** The language of the corpus and of the spelling dictionary: the first in {@code crisis/languages.txt}. */
    public String corpusLanguage() {
        return languages.get(0).code();
    }

    private static List<CrisisLanguage> readLanguages() {
        try (InputStream in = CrisisClassifier.class.getClassLoader().getResourceAsStream("crisis/languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("crisis/languages.txt is missing");
            }
            List<CrisisLanguage> read = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    read.add(CrisisLanguage.read(code));
                }
            }
            if (read.isEmpty()) {
                throw new IllegalStateException("crisis/languages.txt lists no language");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
