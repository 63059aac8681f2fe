package org.sleepkb.web.admin;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.ReindexFailure;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the corpus folder while a server runs: when files under
 * {@code articles/} or {@code substances/}, or {@code topics.yaml} or {@code synonyms.txt}, change,
 * it waits until the folder has been quiet for the debounce time (an editor's save is often
 * several events, a {@code git pull} many) and then runs one incremental reindex. Reindexes are
 * serialised by the {@link SearchEngine}, so one started over HTTP meanwhile simply goes first.
 */
public final class CorpusWatcher implements Closeable {

    /** Quiet time after the last change before reindexing. */
    public static final Duration DEBOUNCE = Duration.ofMillis(500);
    /** A folder that never goes quiet is still reindexed after this many debounce times. */
    private static final int MAX_DEBOUNCES = 10;
    private static final Set<String> WATCHED_FOLDERS = Set.of(CorpusReader.ARTICLES, CorpusReader.SUBSTANCES);
    private static final Set<String> WATCHED_FILES = Set.of(CorpusReader.TOPICS, CorpusReader.SYNONYMS);
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    /** How often a watcher whose corpus folder is gone looks for it again. */
    private static final Duration REARM_INTERVAL = Duration.ofSeconds(1);

    private final Path corpus;
    private final SearchEngine engine;
    private final Duration debounce;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean armed;

    private CorpusWatcher(Path corpus, SearchEngine engine, Duration debounce) throws IOException {
        this.corpus = corpus;
        this.engine = engine;
        this.debounce = debounce;
        this.service = corpus.getFileSystem().newWatchService();
        arm();
        this.thread = new Thread(this::watch, "sleepkb-corpus-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching {@code corpus}; each reindex it runs is logged with its summary and problems. */
    public static CorpusWatcher start(Path corpus, SearchEngine engine, Duration debounce) throws IOException {
        CorpusWatcher watcher = new CorpusWatcher(corpus, engine, debounce);
        watcher.thread.start();
        return watcher;
    }

    /** For {@code /health}: whether changes are seen now, or the corpus folder is gone and awaited. */
    public String state() {
        return armed ? "watching" : "waiting for the corpus folder " + corpus + " to come back";
    }

    /** Registers the corpus folder and its watched sub-folders; false when the corpus folder is not there. */
    private boolean arm() {
        try {
            register(corpus);
            for (String folder : WATCHED_FOLDERS) {
                if (Files.isDirectory(corpus.resolve(folder))) {
                    register(corpus.resolve(folder));
                }
            }
            armed = true;
        } catch (IOException e) {
            armed = false;
        }
        return armed;
    }

    private void register(Path folder) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void watch() {
        long maxWait = debounce.toNanos() * MAX_DEBOUNCES;
        try {
            long pendingSince = -1;
            while (true) {
                if (!armed) {
                    // The folder was removed (a checkout, a move): look for it until it is back,
                    // then reindex what it holds now.
                    Thread.sleep(REARM_INTERVAL.toMillis());
                    if (arm()) {
                        LOG.info("the corpus folder {} is back; watching it again", corpus);
                        pendingSince = System.nanoTime();
                    }
                    continue;
                }
                Duration wait = pendingSince < 0 ? REARM_INTERVAL : debounce;
                WatchKey key = service.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    if (relevant(key) && pendingSince < 0) {
                        pendingSince = System.nanoTime();
                    }
                    if (!key.reset() && key.watchable().equals(corpus)) {
                        armed = false;
                        LOG.warn("the corpus folder {} is gone; the index is kept and the folder is watched for", corpus);
                        reindex(); // refused, as the folder is gone: /health shows why nothing changes
                        pendingSince = -1;
                        continue;
                    }
                }
                if (pendingSince >= 0 && (key == null || System.nanoTime() - pendingSince > maxWait)) {
                    reindex();
                    pendingSince = -1;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** Whether the events of {@code key} touch the corpus; registers a watched folder created after the start. */
    private boolean relevant(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            String name = event.context().toString();
            if (!folder.equals(corpus)) {
                relevant = true;
            } else if (WATCHED_FILES.contains(name)) {
                relevant = true;
            } else if (WATCHED_FOLDERS.contains(name)) {
                relevant = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(corpus.resolve(name))) {
                    try {
                        register(corpus.resolve(name));
                    } catch (IOException e) {
                        LOG.warn("cannot watch {}: {}", corpus.resolve(name), e.getMessage());
                    }
                }
            }
        }
        return relevant;
    }

    private void reindex() {
        try {
            ReindexSummary summary = engine.reindex(() -> new CorpusReader().readForIndex(corpus), false, false);
            summary.problems().forEach(problem -> LOG.warn("{}", problem));
            LOG.info("corpus changed; {}", summary.describe());
        } catch (IOException | RuntimeException | Error e) {
            // Whatever went wrong (a missing folder, a full disk, even a stack overflow), the previous
            // commit stays in use, /health reports the failure, and the next change tries again.
            LOG.error("reindex after a corpus change failed; searches keep the previous index: {}", ReindexFailure.describe(e));
        }
    }

    @Override
    public void close() throws IOException {
        // No interrupt: it would close the index files under a running reindex. Closing the
        // service ends the wait for events; a reindex under way finishes (or never commits).
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
