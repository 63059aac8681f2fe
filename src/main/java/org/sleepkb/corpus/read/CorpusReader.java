package org.sleepkb.corpus.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Topic;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.SubstanceClass;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a corpus folder ({@code articles/}, {@code substances/}, {@code products/}, {@code topics.yaml},
 * {@code classes.yaml}, {@code synonyms.txt}) into a {@link Corpus}. It never throws for bad content: each problem is
 * recorded with its file and line, and the valid files are still returned.
 */
public final class CorpusReader {

    public static final String ARTICLES = "articles";
    public static final String SUBSTANCES = "substances";
    public static final String PRODUCTS = "products";
    public static final String TOPICS = "topics.yaml";
    public static final String CLASSES = "classes.yaml";
    public static final String SYNONYMS = "synonyms.txt";

    private final Clock clock;

    public CorpusReader(Clock clock) {
        this.clock = clock;
    }

    public CorpusReader() {
        this(Clock.systemDefaultZone());
    }

    /**
     * Reads {@code folder} for a reindex: like {@link #read}, but a corpus folder or
     * {@code articles/} folder that cannot be seen (before or after reading, as a checkout may
     * remove it meanwhile) is an exception, never an empty corpus.
     */
    public Corpus readForIndex(Path folder) throws CorpusUnavailableException {
        Path root = folder.toAbsolutePath().normalize();
        checkVisible(folder, root);
        Corpus corpus = read(folder);
        checkVisible(folder, root);
        return corpus;
    }

    private static void checkVisible(Path folder, Path root) throws CorpusUnavailableException {
        if (!Files.isDirectory(root)) {
            throw new CorpusUnavailableException("the corpus folder " + folder + " is missing or not a folder; nothing was changed");
        }
        Path articles = root.resolve(ARTICLES);
        if (!Files.isDirectory(articles)) {
            throw new CorpusUnavailableException("the corpus folder " + folder + " has no " + ARTICLES + "/ folder; nothing was changed");
        }
        try (Stream<Path> entries = Files.list(articles)) {
            entries.findFirst();
        } catch (IOException e) {
            throw new CorpusUnavailableException("the folder " + articles + " cannot be read (" + e.getMessage() + "); nothing was changed");
        }
    }

    public Corpus read(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.error(folder.toString(), 0, "is not a folder; pass the corpus folder with --corpus"));
            return new Corpus(List.of(), Map.of(), Map.of(), List.of(), "", problems, List.of(), "");
        }
        CorpusFile files = new CorpusFile(root);
        StringBuilder shared = new StringBuilder();

        List<Topic> topics = readTopics(files, root.resolve(TOPICS), problems, shared);
        List<SubstanceClass> classes = readClasses(files, root.resolve(CLASSES), problems, shared);
        Map<String, SubstanceProfile> profiles = readProfiles(files, root.resolve(SUBSTANCES), today, classes, problems, shared);
        Map<String, Product> products = readProducts(files, root.resolve(PRODUCTS), today, profiles, problems, shared);
        String synonyms = readSynonyms(files, root.resolve(SYNONYMS), problems, shared);

        ArticleReader articleReader = new ArticleReader(today,
                topics.stream().map(Topic::id).collect(Collectors.toSet()), profiles, products);
        List<Article> articles = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Map<String, String> fileOfSlug = new HashMap<>();
        for (Path path : list(root.resolve(ARTICLES), problems, files)) {
            String name = files.name(path);
            String fileName = path.getFileName().toString();
            if (!fileName.endsWith(".md") && !fileName.endsWith(".txt")) {
                problems.add(Problem.warning(name, 0, "is ignored: articles are .md (or plain .txt) files"));
                continue;
            }
            String slug = fileName.substring(0, fileName.lastIndexOf('.'));
            String other = fileOfSlug.putIfAbsent(slug, name);
            if (other != null) {
                problems.add(Problem.error(name, 0, "has the same slug `" + slug + "` as " + other + "; rename one of them"));
                continue;
            }
            Optional<Article> article = files.read(path, problems)
                    .flatMap(text -> articleReader.read(name, slug, text, problems));
            article.ifPresentOrElse(articles::add, () -> broken.add(slug));
        }
        return new Corpus(articles, profiles, products, topics, synonyms, problems, broken,
                CorpusFile.sha256(shared.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<Topic> readTopics(CorpusFile files, Path path, List<Problem> problems, StringBuilder shared) {
        if (!Files.exists(path)) {
            problems.add(Problem.error(files.name(path), 0, "is missing; every corpus needs its list of topics"));
            return List.of();
        }
        return readNamedList(files, path, "topic", Topic::new, problems, shared);
    }

    /** The classes interactions may name besides those profiles declare; a corpus without the file has none. */
    private static List<SubstanceClass> readClasses(CorpusFile files, Path path, List<Problem> problems, StringBuilder shared) {
        return Files.exists(path) ? readNamedList(files, path, "class", SubstanceClass::new, problems, shared) : List.of();
    }

    private interface NamedEntry<T> {
        T of(String id, String name, String description);
    }

    /** A YAML list of {@code - id: ...} entries with {@code name} and {@code description}, such as topics.yaml. */
    private static <T> List<T> readNamedList(CorpusFile files, Path path, String what, NamedEntry<T> entry,
                                             List<Problem> problems, StringBuilder shared) {
        String name = files.name(path);
        Optional<CorpusFile.Text> text = files.read(path, problems);
        if (text.isEmpty()) {
            return List.of();
        }
        shared.append(text.get().sha256());
        Optional<Node> root = YamlFields.compose(name, text.get().content(), 0, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode sequence)) {
            problems.add(Problem.error(name, 1, "must be a list of " + what + "s, each `- id: ...` with `name` and `description`"));
            return List.of();
        }
        Map<String, T> entries = new LinkedHashMap<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(Problem.error(name, item.getStartMark().getLine() + 1, "each " + what + " must be a mapping with id, name and description"));
                continue;
            }
            YamlFields fields = YamlFields.of(name, 0, mapping, problems);
            fields.warnUnknownKeys(Set.of("id", "name", "description"));
            Optional<String> id = fields.requiredText("id", 100);
            Optional<String> entryName = fields.requiredText("name", 200);
            String description = fields.optionalText("description").orElse("");
            if (id.isPresent() && !ArticleReader.isValidSlug(id.get())) {
                fields.error("id", what + " id `" + id.get() + "` must use only lowercase letters, digits and hyphens");
            } else if (id.isPresent() && entries.containsKey(id.get())) {
                fields.error("id", what + " id `" + id.get() + "` is listed twice");
            } else if (id.isPresent() && entryName.isPresent()) {
                entries.put(id.get(), entry.of(id.get(), entryName.get(), description));
            }
        }
        return List.copyOf(entries.values());
    }

    private static Map<String, SubstanceProfile> readProfiles(CorpusFile files, Path folder, LocalDate today,
                                                              List<SubstanceClass> classes, List<Problem> problems,
                                                              StringBuilder shared) {
        ProfileReader reader = new ProfileReader(today);
        Map<String, SubstanceProfile> profiles = new LinkedHashMap<>();
        readYaml(files, list(folder, problems, files), "substance profiles", problems, shared,
                (name, id, text) -> reader.read(name, id, text, problems).ifPresent(profile -> profiles.put(id, profile)));
        reader.checkInteractions(profiles, classes.stream().map(SubstanceClass::id).collect(Collectors.toSet()), problems);
        return profiles;
    }

    /** Products are optional: a corpus without a {@code products/} folder has none. */
    private static Map<String, Product> readProducts(CorpusFile files, Path folder, LocalDate today,
                                                     Map<String, SubstanceProfile> profiles, List<Problem> problems,
                                                     StringBuilder shared) {
        Map<String, Product> products = new LinkedHashMap<>();
        if (!Files.exists(folder)) {
            return products;
        }
        ProductReader reader = new ProductReader(today, profiles);
        readYaml(files, list(folder, problems, files), "products", problems, shared,
                (name, id, text) -> reader.read(name, id, text, problems).ifPresent(product -> products.put(id, product)));
        return products;
    }

    private interface YamlFileReader {
        void read(String name, String id, String text);
    }

    /** Hands each {@code .yaml} file of {@code paths} to {@code reader} with the id its name gives, and its hash to {@code shared}. */
    private static void readYaml(CorpusFile files, List<Path> paths, String what, List<Problem> problems, StringBuilder shared,
                                 YamlFileReader reader) {
        Set<String> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            String name = files.name(path);
            String fileName = path.getFileName().toString();
            if (!fileName.endsWith(".yaml")) {
                problems.add(Problem.warning(name, 0, "is ignored: " + what + " are .yaml files"));
                continue;
            }
            String id = fileName.substring(0, fileName.length() - ".yaml".length());
            if (!seen.add(id)) {
                continue;
            }
            files.read(path, problems).ifPresent(text -> {
                shared.append(name).append(text.sha256());
                reader.read(name, id, text.content());
            });
        }
    }

    private static String readSynonyms(CorpusFile files, Path path, List<Problem> problems, StringBuilder shared) {
        if (!Files.exists(path)) {
            return "";
        }
        return files.read(path, problems).map(text -> {
            shared.append(text.sha256());
            return text.content();
        }).orElse("");
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** The folder's entries in name order, so every run reads (and reports) in the same order. */
    private static List<Path> list(Path folder, List<Problem> problems, CorpusFile files) {
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.error(files.name(folder), 0, "folder is missing"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> listed = entries.sorted().toList();
            // Hidden files are editors' backups and system files (.DS_Store, .x.md.swp): never read, always named.
            listed.stream().filter(CorpusReader::isHidden).forEach(p -> problems.add(
                    Problem.warning(files.name(p), 0, "is ignored: files whose name starts with a dot are not read")));
            return listed.stream().filter(p -> !isHidden(p)).toList();
        } catch (IOException e) {
            problems.add(Problem.error(files.name(folder), 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
