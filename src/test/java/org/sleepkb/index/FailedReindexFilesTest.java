package org.sleepkb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;

/**
 * A reindex whose writes fail part-way (the disk fills up) leaves the index folder as it found
 * it: the files of the last commit and nothing else, not even for the next reindex to clean up.
 */
class FailedReindexFilesTest {

    @TempDir
    Path corpusDir;

    @TempDir
    Path indexDir;

    /** The folder's own files, as Lucene writes them, failing every write past a number of bytes as a full disk does. */
    private static final class FillingDisk extends FilterDirectory {

        private final AtomicLong room = new AtomicLong(Long.MAX_VALUE);
        private volatile boolean outOfMemory;

        FillingDisk(Directory in) {
            super(in);
        }

        void fillAfter(long bytes) {
            room.set(bytes);
        }

        /** Fails past {@code bytes} as a heap that runs out does: with an Error, not an IOException. */
        void runOutOfMemoryAfter(long bytes) {
            outOfMemory = true;
            room.set(bytes);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return filling(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return filling(super.createTempOutput(prefix, suffix, context));
        }

        private IndexOutput filling(IndexOutput out) {
            return new FilterIndexOutput("filling " + out, out.getName(), out) {
                @Override
                public void writeByte(byte b) throws IOException {
                    take(1);
                    super.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] bytes, int offset, int length) throws IOException {
                    take(length);
                    super.writeBytes(bytes, offset, length);
                }
            };
        }

        private void take(long bytes) throws IOException {
            if (room.addAndGet(-bytes) < 0) {
                if (outOfMemory) {
                    throw new OutOfMemoryError("Java heap space");
                }
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aReindexThatFillsTheDiskLeavesOnlyTheLastCommitsFiles() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        FillingDisk disk = new FillingDisk(FSDirectory.open(indexDir));
        try (IndexStore store = IndexStore.open(indexDir, disk, Clock.systemUTC(), Optional.empty())) {
            Set<String> committed = indexThenAddForty(store, corpus);
            disk.fillAfter(64 * 1024);

            IOException failure = assertThrows(IOException.class,
                    () -> store.reindex(new CorpusReader().read(corpus.root()), true));

            assertEquals("No space left on device", failure.getMessage());
            assertEquals(committed, files(), "the folder holds the last commit's files only");
            assertEquals(3, (int) store.withSearcher(s -> s.getIndexReader().numDocs()), "searches keep the last commit");
        }
    }

    @Test
    void aReindexStoppedByAnErrorRollsBackAndLeavesTheIndexWritable() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        FillingDisk disk = new FillingDisk(FSDirectory.open(indexDir));
        try (IndexStore store = IndexStore.open(indexDir, disk, Clock.systemUTC(), Optional.empty())) {
            Set<String> committed = indexThenAddForty(store, corpus);
            disk.runOutOfMemoryAfter(64 * 1024);

            assertThrows(OutOfMemoryError.class, () -> store.reindex(new CorpusReader().read(corpus.root()), true));

            assertEquals(committed, files(), "the folder holds the last commit's files only");
            disk.fillAfter(Long.MAX_VALUE);
            store.reindex(new CorpusReader().read(corpus.root()), true);
            assertEquals(43, (int) store.withSearcher(s -> s.getIndexReader().numDocs()), "the next reindex is not locked out");
        }
    }

    @Test
    void aFailedFirstReindexLeavesTheEmptyIndexOnly() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        FillingDisk disk = new FillingDisk(FSDirectory.open(indexDir));
        try (IndexStore store = IndexStore.open(indexDir, disk, Clock.systemUTC(), Optional.empty())) {
            Set<String> empty = files();
            disk.fillAfter(4 * 1024);

            assertThrows(IOException.class, () -> store.reindex(new CorpusReader().read(corpus.root()), true));

            assertEquals(empty, files(), "the folder holds the empty index's files only");
        }
    }

    /** Indexes the fixture, returns the files of that commit, then adds 40 long articles for the next reindex to write. */
    private Set<String> indexThenAddForty(IndexStore store, TestCorpus corpus) throws IOException {
        store.reindex(new CorpusReader().read(corpus.root()), true);
        Set<String> committed = files();
        for (int i = 0; i < 40; i++) {
            corpus.writeArticle("generated-" + i + ".md", TestCorpus.article("Generated " + i,
                    ("Sleep and stress, paragraph " + i + ". ").repeat(200)));
        }
        return committed;
    }

    /** The index folder's files, the write lock left out (Lucene keeps the file and takes the lock on it). */
    private Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("write.lock")).collect(Collectors.toSet());
        }
    }
}
