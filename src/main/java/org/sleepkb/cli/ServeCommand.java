package org.sleepkb.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.sleepkb.io.TemporaryFolder;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.IndexLockedException;
import org.sleepkb.index.ReindexFailure;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.solr.SolrOptions;
import org.sleepkb.web.admin.CorpusWatcher;
import org.sleepkb.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves the search UI and the JSON API. At start it brings the index up to date with the
 * corpus (re-reading only changed files), so a fresh checkout or an edited article is searchable
 * without a separate reindex.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the search UI and JSON API, after an incremental reindex of the corpus.",
                "POST /api/reindex is enabled only when the environment variable " + ServeCommand.TOKEN_ENV + " holds a token.",
                "With --watch, changes to the corpus folder are reindexed after half a second of quiet."})
public final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "SLEEPKB_ADMIN_TOKEN";
    /** A kept answer of 10 hits takes about 10 KB of heap; this many stay well inside the README's 256 MB. */
    private static final int MAX_CACHED_RESULTS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private Locations locations;

    @Mixin
    private SemanticSwitch semantic;

    @Mixin
    private EngineChoice engineChoice;

    @Mixin
    private ListenAddress listen;

    @Mixin
    private InsightsSwitch insightsSwitch;

    @Option(names = "--allowed-hosts", paramLabel = "NAME", split = ",",
            description = "host names to answer besides the --host address, localhost and 127.0.0.1 (e.g. the public name behind a proxy); other Host headers get 421")
    private List<String> allowedHosts = List.of();

    @Option(names = "--watch", description = "reindex (incrementally) whenever files in the corpus folder change")
    private boolean watch;

    @Option(names = "--cached-results", paramLabel = "N", defaultValue = "512",
            description = "answers to repeated searches kept until the index changes, 0 for none (default: ${DEFAULT-VALUE})")
    private int cachedResults;

    // Hidden: a build step, not for people (pom.xml runs it so that the README's launch maps a class archive).
    @Option(names = "--train-class-archive", hidden = true,
            description = "serve from a new temporary index, ask for a search and two pages, then stop")
    private boolean classArchiveTraining;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(locations.corpus())) {
            throw new IllegalArgumentException("the corpus folder " + locations.corpus() + " does not exist; pass it with --corpus");
        }
        int port = listen.port(System.getenv());
        String host = listen.host(System.getenv());
        if (cachedResults < 0 || cachedResults > MAX_CACHED_RESULTS) {
            throw new IllegalArgumentException("--cached-results must be from 0 to " + MAX_CACHED_RESULTS);
        }
        if (classArchiveTraining) {
            Path index = Files.createTempDirectory("sleepkb-class-archive-training");
            try {
                return serve(index, null, host, port, QueryInsights.off());
            } finally {
                TemporaryFolder.delete(index);
            }
        }
        return serve(locations.index(), System.getenv(TOKEN_ENV), host, port, insightsSwitch.open(System.getenv(), Clock.systemDefaultZone()));
    }

    private int serve(Path index, String token, String host, int port, QueryInsights insights) throws IOException, InterruptedException {
        // Loading the sentence model and reading the corpus each take a good part of a second:
        // do them side by side, so the first answer comes sooner.
        CompletableFuture<Optional<Embedder>> loading = CompletableFuture.supplyAsync(semantic::embedder);
        Corpus corpus = new CorpusReader().read(locations.corpus());
        Optional<Embedder> model = loading.join();
        Optional<SolrOptions> solr = engineChoice.solr();
        SearchEngine engine = solr.isPresent() ? SolrEngine.open(solr.get(), model) : EmbeddedEngine.open(index, EngineOptions.DEFAULTS.withEmbedder(model).withCachedResults(cachedResults));
        WebServer server;
        boolean embedLater;
        try {
            // Embedding every passage takes many seconds; a first start indexes by words, serves,
            // and then adds the vectors in the background (searches use them once committed).
            embedLater = engine.lacksVectors();
            startupReindex(engine, corpus, embedLater);
            server = WebServer.start(engine, new WebServer.Options(host, port, locations.corpus(), token, Clock.systemDefaultZone(),
                    allowedHosts, semantic.failure().orElse(null), insights));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        URI address = URI.create("http://" + urlHost(host) + ":" + server.port() + "/");
        LOG.info("sleepkb is serving {} articles at {}", engine.status().articles(), address);
        if (classArchiveTraining) {
            try (engine; server) {
                LOG.info("class archive training: {} answered", new ClassArchiveTraining(address).visit());
            }
            return 0;
        }
        if (embedLater && engine.status().lastError() == null) {
            embedInBackground(engine, corpus);
        } else {
            logSearchByMeaning(engine);
        }
        LOG.info(token == null || token.isBlank() ? "POST /api/reindex is disabled: " + TOKEN_ENV + " is not set"
                : "POST /api/reindex is enabled with the token from " + TOKEN_ENV);

        CorpusWatcher watcher = watch ? CorpusWatcher.start(locations.corpus(), engine, CorpusWatcher.DEBOUNCE) : null;
        if (watcher != null) {
            server.report(watcher);
            LOG.info("watching {} for changes", locations.corpus());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            insights.close();
            closeQuietly(watcher);
            try {
                engine.close();
            } catch (IOException e) {
                LOG.warn("closing the index failed: {}", e.getMessage());
            }
            stopped.countDown();
        }, "sleepkb-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Brings the index up to date before serving. When that fails (a corpus that would remove
     * most articles, a full disk, a file no bound foresaw) the server still starts with the index
     * it has, and {@code /health} reports the failure.
     */
    private static void startupReindex(SearchEngine engine, Corpus corpus, boolean wordsOnly) {
        try {
            ReindexSummary summary = wordsOnly ? engine.reindexWordsOnly(corpus) : engine.reindex(corpus, false);
            summary.problems().forEach(problem -> LOG.warn("{}", problem));
            LOG.info(summary.describe());
        } catch (IndexLockedException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.error("the start-up reindex failed; serving the index as it was: {}", ReindexFailure.describe(e));
        }
    }

    private static void embedInBackground(SearchEngine engine, Corpus corpus) {
        Thread embedding = new Thread(() -> {
            try {
                LOG.info("adding passage vectors in the background; searches use words until they are committed");
                LOG.info(engine.reindex(corpus, false).describe());
                logSearchByMeaning(engine);
            } catch (IOException | RuntimeException e) {
                LOG.warn("adding passage vectors failed, searching by words only: {}", e.getMessage());
            }
        }, "sleepkb-embedding");
        embedding.setDaemon(true);
        embedding.start();
    }

    /** One line for operators once searches use the sentence model (a model that failed to load has logged why). */
    private static void logSearchByMeaning(SearchEngine engine) {
        if (engine.searchesByMeaning()) {
            LOG.info("search by meaning is ready: searches use the sentence model's passage vectors");
        }
    }

    private static void closeQuietly(CorpusWatcher watcher) {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("stopping the corpus watcher failed: {}", e.getMessage());
        }
    }

    private static String urlHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
