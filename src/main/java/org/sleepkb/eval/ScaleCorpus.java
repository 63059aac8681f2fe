package org.sleepkb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.Topic;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a corpus for scale tests: every document of a BEIR dataset as an article file, repeated
 * {@code copies} times under distinct slugs ({@code med-10-1}, {@code med-10-2}, ...), beside the
 * topics, substance profiles and synonyms of an existing corpus. The document title is the title,
 * its text the body and its first sentences the summary. Each article gets one topic and one
 * evidence grade, taken in turn from the lists so that every facet value has articles; substances
 * are not declared: the indexer links those the text really names, as it does for any article.
 */
public final class ScaleCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final int SUMMARY_LENGTH = 300;
    private static final int TITLE_LENGTH = 200;
    private static final List<EvidenceGrade> GRADES =
            List.of(EvidenceGrade.HIGH, EvidenceGrade.MODERATE, EvidenceGrade.LOW, EvidenceGrade.VERY_LOW);

    private final List<BeirDocument> documents;
    private final List<Topic> topics;
    private final Yaml yaml;

    /** @param topics the topics of the corpus whose shared files the new one copies; not empty */
    public ScaleCorpus(List<BeirDocument> documents, List<Topic> topics) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("the corpus to copy topics from lists no topic");
        }
        this.documents = List.copyOf(documents);
        this.topics = List.copyOf(topics);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1000);
        options.setAllowUnicode(true);
        this.yaml = new Yaml(options);
    }

    /**
     * Writes the articles and copies {@code topics.yaml}, {@code classes.yaml}, {@code substances/},
     * {@code products/} and {@code synonyms.txt}
     * from {@code sharedFrom} into {@code out}, which must not hold articles yet.
     *
     * @return the number of article files written
     */
    public int write(int copies, Path sharedFrom, Path out) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("--copies must be at least 1");
        }
        Path articles = out.resolve(CorpusReader.ARTICLES);
        if (Files.isDirectory(articles)) {
            try (Stream<Path> existing = Files.list(articles)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException(articles + " already holds articles; choose an empty --out folder");
                }
            }
        }
        Files.createDirectories(articles);
        copyShared(sharedFrom, out);
        Set<String> slugs = new HashSet<>();
        int written = 0;
        for (int copy = 1; copy <= copies; copy++) {
            for (int i = 0; i < documents.size(); i++) {
                BeirDocument document = documents.get(i);
                String slug = slugBase(document.id()) + "-" + copy;
                if (!slugs.add(slug)) {
                    throw new IllegalArgumentException("two documents turn into the slug " + slug + "; their ids differ only in case or punctuation");
                }
                Files.writeString(articles.resolve(slug + ".md"), article(document, i + copy), StandardCharsets.UTF_8);
                written++;
            }
        }
        return written;
    }

    /** The article file of {@code document}; {@code turn} picks its topic and evidence grade. */
    String article(BeirDocument document, int turn) {
        String text = document.text().strip();
        String title = firstWords(document.title().isBlank() ? text : document.title().strip(), TITLE_LENGTH);
        String body = text.isEmpty() ? title : text;
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", title);
        front.put("summary", summary(body));
        front.put("topics", List.of(topics.get(turn % topics.size()).id()));
        front.put("evidence", GRADES.get(turn % GRADES.size()).id());
        return "---\n" + yaml.dump(front) + "---\n" + body + "\n";
    }

    private static String slugBase(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The first sentences that fit, or the first words when even the first sentence is too long. */
    private static String summary(String text) {
        StringBuilder summary = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            if (summary.length() + sentence.length() + 1 > SUMMARY_LENGTH) {
                break;
            }
            summary.append(summary.length() == 0 ? "" : " ").append(sentence);
        }
        return summary.length() > 0 ? summary.toString() : firstWords(text, SUMMARY_LENGTH);
    }

    private static String firstWords(String text, int max) {
        String flat = text.replace('\n', ' ');
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > 0 ? cut : max - 1).strip() + "…";
    }

    private static void copyShared(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>(List.of(from.resolve(CorpusReader.TOPICS)));
        for (String optional : List.of(CorpusReader.SYNONYMS, CorpusReader.CLASSES)) {
            if (Files.exists(from.resolve(optional))) {
                files.add(from.resolve(optional));
            }
        }
        for (String folder : List.of(CorpusReader.SUBSTANCES, CorpusReader.PRODUCTS)) {
            Path yamlFiles = from.resolve(folder);
            if (Files.isDirectory(yamlFiles)) {
                Files.createDirectories(to.resolve(folder));
                try (Stream<Path> entries = Files.list(yamlFiles)) {
                    entries.filter(p -> p.getFileName().toString().endsWith(".yaml")).forEach(files::add);
                }
            }
        }
        for (Path file : files) {
            Files.copy(file, to.resolve(from.relativize(file).toString()));
        }
    }
}
