package org.sleepkb.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The quantized all-MiniLM-L6-v2 sentence model that ships inside a Maven artifact and runs in
 * process on CPU through ONNX Runtime: no network, no files outside the jar. Tokenizing, mean
 * pooling and normalising to unit length are LangChain4j's, exactly as in its ready-made wrapper
 * of this model; the ONNX Runtime session is opened here instead, because the wrapper opens it
 * with defaults that cost resident memory a server keeps for its whole life (docs/performance.md,
 * "Cold start and memory", has the measurements).
 *
 * <p>Everything that touches ONNX Runtime runs on one thread of its own. ONNX Runtime allocates
 * with malloc in the calling thread, and glibc spreads threads over up to eight arenas per core,
 * each keeping what was freed into it: embedding queries on whichever HTTP worker took the request
 * left a few megabytes in each of up to 16 arenas (27 MB in all, measured). Queueing the runs
 * costs little on a machine of a few cores: ONNX Runtime already spreads each run over them.
 */
final class MiniLmEmbedder implements Embedder {

    private static final String ID = "all-minilm-l6-v2-q";
    private static final int DIMENSION = 384;
    /** The model and tokenizer files inside the LangChain4j artifact. */
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final ThreadPoolExecutor modelThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
            work -> {
                Thread thread = new Thread(work, "sleepkb-model");
                thread.setDaemon(true);
                return thread;
            });
    private final Model model;

    MiniLmEmbedder() {
        this.model = onModelThread(() -> new Model(load()));
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        return onModelThread(() -> model.embed(text).content().vector());
    }

    @Override
    public int waiting() {
        return modelThread.getQueue().size();
    }

    /** Text by text, so that a query waits for one passage of a background reindex, not for a whole article. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** Runs {@code work} on the model thread and waits for it, even if interrupted (it takes milliseconds). */
    private <T> T onModelThread(Callable<T> work) {
        Future<T> result = modelThread.submit(work);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure; // UnsatisfiedLinkError on a platform without ONNX Runtime: SentenceModel reports it
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static OnnxBertBiEncoder load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions();
             InputStream tokenizer = url(TOKENIZER_FILE).openStream()) {
            OrtSession session = environment.createSession(modelBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot open " + MODEL_FILE + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Options that change how ONNX Runtime holds memory and threads, never what it computes
     * (MiniLmEmbedderTest compares the vectors bit for bit with the wrapper's):
     * <ul>
     * <li>no CPU arena: the arena keeps the largest activations ever needed (a passage of
     * hundreds of word pieces) for the life of the process; without it they go back to malloc
     * after each run;</li>
     * <li>no memory pattern: it plans and caches a buffer layout per input shape, and every
     * sentence length is another shape;</li>
     * <li>no spinning: idle intra-op threads would otherwise busy-wait after each run, taking a
     * core from the threads that answer HTTP requests.</li>
     * </ul>
     */
    private static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setCPUArenaAllocator(false);
        options.setMemoryPatternOptimization(false);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    /**
     * The model file read outside the Java heap: ONNX Runtime copies what it needs while it opens
     * the session. Read into a byte array, its 23 MB would land in the old generation, which would
     * then stay that much larger for the life of the server although the array is garbage.
     */
    private static ByteBuffer modelBytes() throws IOException {
        URLConnection file = url(MODEL_FILE).openConnection();
        long size = file.getContentLengthLong();
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IOException(MODEL_FILE + " has no usable size: " + size);
        }
        ByteBuffer model = ByteBuffer.allocateDirect((int) size);
        try (ReadableByteChannel in = Channels.newChannel(file.getInputStream())) {
            while (model.hasRemaining() && in.read(model) >= 0) {
                // read on until the buffer is full or the file ends
            }
        }
        if (model.hasRemaining()) {
            throw new IOException(MODEL_FILE + " ended after " + model.position() + " of " + size + " bytes");
        }
        return model.flip();
    }

    private static URL url(String name) throws IOException {
        URL url = MiniLmEmbedder.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return url;
    }

    /** LangChain4j's in-process model around the session opened here. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run); // never used: texts are embedded one by one on the model thread
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
