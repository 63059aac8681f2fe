package org.sleepkb.corpus.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Section;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.SubstanceDetector;
import org.sleepkb.corpus.safety.SubstanceProfile;

/**
 * Reads and validates one article: YAML front matter and a CommonMark body, or a plain file
 * without front matter, which is accepted as not yet reviewed.
 */
final class ArticleReader {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 400;
    private static final int MAX_TOPICS = 5;
    private static final Set<String> FIELDS = Set.of("title", "summary", "topics", "substances", "evidence",
            "reviewed", "editorial_note", "sources", "kind", "key_points");
    private static final int MAX_KEY_POINTS = 5;
    private static final int MAX_KEY_POINT = 300;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final LocalDate today;
    private final Set<String> topicIds;
    private final Map<String, SubstanceProfile> profiles;
    private final Map<String, Product> products;
    private final SubstanceDetector substanceNames;
    private final SubstanceDetector productNames;

    ArticleReader(LocalDate today, Set<String> topicIds, Map<String, SubstanceProfile> profiles, Map<String, Product> products) {
        this.today = today;
        this.topicIds = topicIds;
        this.profiles = profiles;
        this.products = products;
        this.substanceNames = SubstanceDetector.ofProfiles(profiles.values());
        this.productNames = SubstanceDetector.ofProducts(products.values());
    }

    static boolean isValidSlug(String slug) {
        return SLUG.matcher(slug).matches();
    }

    Optional<Article> read(String file, String slug, CorpusFile.Text text, List<Problem> problems) {
        int before = problems.size();
        if (!isValidSlug(slug)) {
            problems.add(Problem.error(file, 0, "the file name `" + CorpusFile.printable(slug) + "` is not a valid slug; rename it using only lowercase letters, digits and single hyphens"));
        }
        String content = text.content();
        Optional<Article> article = content.startsWith("---\n")
                ? withFrontMatter(file, slug, content, text.sha256(), problems)
                : withoutFrontMatter(file, slug, content, text.sha256(), problems);
        boolean failed = problems.subList(before, problems.size()).stream().anyMatch(Problem::isError);
        return failed ? Optional.empty() : article;
    }

    private Optional<Article> withFrontMatter(String file, String slug, String content, String hash, List<Problem> problems) {
        int end = content.indexOf("\n---\n", 3);
        if (end < 0 && content.endsWith("\n---")) {
            end = content.length() - 4;
        }
        if (end < 0) {
            problems.add(Problem.error(file, 1, "front matter starts with `---` but has no closing `---` line"));
            return Optional.empty();
        }
        String frontMatter = content.substring(4, end + 1);
        String body = end + 5 <= content.length() ? content.substring(end + 5) : "";
        int bodyLine = (int) frontMatter.chars().filter(c -> c == '\n').count() + 3;
        Optional<YamlFields> parsed = YamlFields.parse(file, frontMatter, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.warnUnknownKeys(FIELDS);
        Optional<String> title = yaml.requiredText("title", MAX_TITLE);
        Optional<String> summary = yaml.requiredText("summary", MAX_SUMMARY);
        List<String> topics = yaml.textList("topics");
        if (topics.isEmpty() || topics.size() > MAX_TOPICS) {
            yaml.error("topics", "`topics` has " + topics.size() + " entries; list 1 to " + MAX_TOPICS + " ids from topics.yaml");
        }
        for (String topic : topics) {
            if (!topicIds.contains(topic)) {
                yaml.error("topics", "topic `" + topic + "` is not in topics.yaml; use one of its ids or add it there");
            }
        }
        List<String> declared = yaml.textList("substances");
        for (String substance : declared) {
            if (!profiles.containsKey(substance)) {
                yaml.error("substances", "substance `" + substance + "` has no valid profile; add substances/" + substance + ".yaml or fix the id");
            }
        }
        Optional<EvidenceGrade> evidence = yaml.requiredText("evidence", 50).flatMap(value -> EvidenceGrade.fromFrontMatter(value).or(() -> {
            yaml.error("evidence", "`evidence` is `" + value + "`; use high, moderate, low or very-low");
            return Optional.empty();
        }));
        Optional<LocalDate> reviewed = yaml.pastDate("reviewed", today);
        List<Source> sources = yaml.sources("sources");
        if (yaml.has("reviewed") && sources.isEmpty()) {
            yaml.error("sources", "a reviewed article needs at least one source with an https URL under `sources`");
        }
        String note = yaml.optionalText("editorial_note").filter(n -> !n.isBlank()).orElse(null);
        Optional<ArticleKind> kind = yaml.optionalText("kind").flatMap(value -> ArticleKind.fromId(value).or(() -> {
            yaml.error("kind", "`kind` is `" + value + "`; use reviewed (the default) or claims for a promotional text kept for what it claims");
            return Optional.empty();
        }));
        List<String> keyPoints = yaml.textList("key_points");
        if (yaml.has("key_points") && (keyPoints.size() < 2 || keyPoints.size() > MAX_KEY_POINTS)) {
            yaml.error("key_points", "`key_points` has " + keyPoints.size() + " entries; write 2 to " + MAX_KEY_POINTS + " short sentences");
        }
        keyPoints.stream().filter(point -> point.length() > MAX_KEY_POINT).findFirst().ifPresent(point ->
                yaml.error("key_points", "a key point is " + point.length() + " characters long; shorten it to at most " + MAX_KEY_POINT));
        if (body.isBlank()) {
            problems.add(Problem.error(file, bodyLine, "the body after the front matter is empty; write the article text"));
        }
        Optional<Node> document = boundedBody(file, body, bodyLine - 1, problems);
        if (title.isEmpty() || summary.isEmpty() || evidence.isEmpty() || document.isEmpty()) {
            return Optional.empty();
        }
        List<Section> sections = MarkdownBody.sections(document.get());
        List<String> linked = linked(declared, title.get() + "\n" + summary.get() + "\n" + joined(sections));
        return Optional.of(new Article(slug, title.get(), summary.get(), topics, linked, declared, evidence.get(),
                reviewed.orElse(null), note, kind.orElse(ArticleKind.REVIEWED), keyPoints, sources, body, sections, hash));
    }

    /** The parsed body, or empty with a problem naming the line when it exceeds {@link MarkdownLimits}. */
    private static Optional<Node> boundedBody(String file, String body, int linesBefore, List<Problem> problems) {
        Node document = MarkdownBody.parse(body);
        Optional<MarkdownLimits.Excess> excess = MarkdownLimits.check(body, document);
        excess.ifPresent(e -> problems.add(Problem.error(file, linesBefore + e.line(), e.message())));
        return excess.isPresent() ? Optional.empty() : Optional.of(document);
    }

    /** A file without front matter: title from its first heading or line, summary from its first sentences. */
    private Optional<Article> withoutFrontMatter(String file, String slug, String content, String hash, List<Problem> problems) {
        Optional<Node> document = boundedBody(file, content, 0, problems);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<Section> sections = MarkdownBody.sections(document.get());
        String firstLine = content.strip().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
        String title = sections.isEmpty() || sections.get(0).heading() == null
                ? firstLine : sections.get(0).heading().text();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1).strip() + "…";
        }
        String summary = firstSentences(joined(sections).replace(title, "").strip());
        problems.add(Problem.warning(file, 1, "has no front matter; it is indexed as not yet reviewed"));
        List<String> linked = linked(List.of(), content);
        return Optional.of(new Article(slug, title, summary, List.of(), linked, List.of(), EvidenceGrade.UNRATED,
                null, null, ArticleKind.REVIEWED, List.of(), List.of(), content, sections, hash));
    }

    /**
     * The subjects first, in their order, then the substances {@code text} names, and every
     * ingredient of the products it names, in the order it names them.
     */
    private List<String> linked(List<String> subjects, String text) {
        Set<String> linked = new LinkedHashSet<>(subjects);
        linked.addAll(substanceNames.find(text));
        productNames.find(text).forEach(product -> linked.addAll(products.get(product).substances()));
        return List.copyOf(linked);
    }

    private static String joined(List<Section> sections) {
        List<String> texts = new ArrayList<>();
        sections.forEach(s -> texts.add(s.text()));
        return String.join("\n", texts);
    }

    private static String firstSentences(String text) {
        StringBuilder summary = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            if (summary.length() + sentence.length() + 1 > 300) {
                break;
            }
            summary.append(summary.length() == 0 ? "" : " ").append(sentence);
        }
        if (summary.length() == 0) {
            return text.length() > 300 ? text.substring(0, 299).strip() + "…" : text;
        }
        return summary.toString();
    }
}
