package org.sleepkb.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Section;

/**
 * Cuts an article into the passages that get a vector each: the title with the summary, then
 * every section in windows of whole sentences. The model reads at most a few hundred word pieces
 * and dilutes what it reads, so a long article is embedded piece by piece instead of truncated
 * or averaged into one vague vector.
 */
public final class Passages {

    /** Words per window: about 180 word pieces, within what the model was trained on. */
    static final int MAX_WORDS = 120;
    /** Changes whenever the cutting changes, so cached vectors of other cuts are not reused. */
    public static final String VERSION = "p1-" + MAX_WORDS;

    private Passages() {
    }

    /** Names the vectors {@code embedder} gives passages of this cut: an index records it beside them. */
    public static String embeddings(Embedder embedder) {
        return embedder.modelId() + "/" + VERSION;
    }

    /** The key a passage's vector is kept under: the hash of the model and the passage's text. */
    public static String key(Embedder embedder, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(embedder.modelId().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The keys of {@code passages}, after embedding those whose key {@code vectors} lacks into it; by key, so that a
     * text standing twice is embedded once.
     */
    public static List<String> embedInto(Map<String, float[]> vectors, Embedder embedder, List<Passage> passages) {
        List<String> keys = passages.stream().map(p -> key(embedder, p.text())).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            if (!vectors.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), passages.get(i).text());
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedder.embedAll(new ArrayList<>(missing.values()));
            int next = 0;
            for (String key : missing.keySet()) {
                vectors.put(key, embedded.get(next++));
            }
        }
        return keys;
    }

    public static List<Passage> of(Article article) {
        List<Passage> passages = new ArrayList<>();
        String title = article.title().strip();
        if (!article.summary().isBlank()) {
            passages.add(new Passage(title + "\n" + article.summary().strip(), null));
        }
        for (Section section : article.sections()) {
            String anchor = section.heading() == null ? null : section.heading().anchor();
            String heading = section.heading() == null ? null : section.heading().text();
            String prefix = heading == null ? title : title + ": " + heading;
            String body = heading != null && section.text().startsWith(heading)
                    ? section.text().substring(heading.length()).strip() : section.text();
            for (String window : windows(body)) {
                passages.add(new Passage(prefix + "\n" + window, anchor));
            }
        }
        if (passages.isEmpty()) {
            passages.add(new Passage(title, null));
        }
        return passages;
    }

    /** Consecutive sentences packed up to {@link #MAX_WORDS} words; a longer sentence is cut at words. */
    static List<String> windows(String text) {
        List<String> windows = new ArrayList<>();
        StringBuilder window = new StringBuilder();
        int words = 0;
        for (String sentence : sentences(text)) {
            String[] sentenceWords = sentence.split("\\s+");
            if (words > 0 && words + sentenceWords.length > MAX_WORDS) {
                windows.add(window.toString());
                window.setLength(0);
                words = 0;
            }
            for (int i = 0; i < sentenceWords.length; i += MAX_WORDS) {
                if (words > 0 && i > 0) {
                    windows.add(window.toString());
                    window.setLength(0);
                    words = 0;
                }
                int end = Math.min(sentenceWords.length, i + MAX_WORDS);
                if (window.length() > 0) {
                    window.append(' ');
                }
                window.append(String.join(" ", java.util.Arrays.asList(sentenceWords).subList(i, end)));
                words += end - i;
            }
        }
        if (words > 0) {
            windows.add(window.toString());
        }
        return windows;
    }

    private static List<String> sentences(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
