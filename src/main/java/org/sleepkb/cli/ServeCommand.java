package org.sleepkb.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.sleepkb.TemporaryFolder;
import org.sleepkb.corpus.Corpus;
import org.sleepkb.corpus.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.solr.SolrOptions;
import org.sleepkb.web.CorpusWatcher;
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

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    private String host;

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
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535");
        }
        if (cachedResults < 0 || cachedResults > MAX_CACHED_RESULTS) {
            throw new IllegalArgumentException("--cached-results must be from 0 to " + MAX_CACHED_RESULTS);
        }
        if (classArchiveTraining) {
            Path index = Files.createTempDirectory("sleepkb-class-archive-training");
            try {
                return serve(index, null);
            } finally {
                TemporaryFolder.delete(index);
            }
        }
        return serve(locations.index(), System.getenv(TOKEN_ENV));
    }

    private int serve(Path index, String token) throws IOException, InterruptedException {
        // Loading the sentence model and reading the corpus each take a good part of a second:
        // do them side by side, so the first answer comes sooner.
        CompletableFuture<Optional<Embedder>> loading = CompletableFuture.supplyAsync(semantic::embedder);
        Corpus corpus = new CorpusReader().read(locations.corpus());
        Optional<Embedder> model = loading.join();
        Optional<SolrOptions> solr = engineChoice.solr();
        SearchEngine engine = solr.isPresent() ? SolrEngine.open(solr.get()) : EmbeddedEngine.open(index, EngineOptions.DEFAULTS.withEmbedder(model).withCachedResults(cachedResults));
        ReindexSummary summary;
        WebServer server;
        boolean embedLater;
        try {
            // Embedding every passage takes many seconds; a first start indexes by words, serves,
            // and then adds the vectors in the background (searches use them once committed).
            embedLater = engine.lacksVectors();
            summary = embedLater ? engine.reindexWordsOnly(corpus) : engine.reindex(corpus, false);
            summary.problems().forEach(problem -> LOG.warn("{}", problem));
            LOG.info(summary.describe());
            server = WebServer.start(engine, new WebServer.Options(host, port, locations.corpus(), token, Clock.systemDefaultZone()));
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e;
        }
        URI address = URI.create("http://" + urlHost(host) + ":" + server.port() + "/");
        LOG.info("sleepkb is serving {} articles at {}", summary.articles(), address);
        if (classArchiveTraining) {
            try (engine; server) {
                LOG.info("class archive training: {} answered", new ClassArchiveTraining(address).visit());
            }
            return 0;
        }
        if (embedLater) {
            embedInBackground(engine, corpus);
        }
        LOG.info(token == null || token.isBlank() ? "POST /api/reindex is disabled: " + TOKEN_ENV + " is not set"
                : "POST /api/reindex is enabled with the token from " + TOKEN_ENV);

        CorpusWatcher watcher = watch ? CorpusWatcher.start(locations.corpus(), engine, CorpusWatcher.DEBOUNCE) : null;
        if (watcher != null) {
            LOG.info("watching {} for changes", locations.corpus());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
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

    private static void embedInBackground(SearchEngine engine, Corpus corpus) {
        Thread embedding = new Thread(() -> {
            try {
                LOG.info("adding passage vectors in the background; searches use words until they are committed");
                LOG.info(engine.reindex(corpus, false).describe());
            } catch (IOException | RuntimeException e) {
                LOG.warn("adding passage vectors failed, searching by words only: {}", e.getMessage());
            }
        }, "sleepkb-embedding");
        embedding.setDaemon(true);
        embedding.start();
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
