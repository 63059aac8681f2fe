package org.sleepkb.web.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sleepkb.io.Json;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;

/**
 * Writes the JSON of {@code GET /api/search}. A searcher that keeps answers ({@code serve
 * --cached-results}) gives a repeated search the answer it gave before, and serialising those
 * ~16 KB again took most of such a request (docs/performance.md, HTTP). So the JSON of an answer
 * up to its last field, {@code tookMs}, is written once and kept with the request; it is sent again
 * only while the searcher's answer to that request is equal to the one it was written from (an
 * answer from a reindexed index is written afresh), followed by this request's own {@code tookMs}.
 * The bytes sent are those {@code ctx.json(answer)} would send. What is kept is bounded by bytes
 * as well as by number, so that the largest {@code --cached-results} fits the README's heap.
 */
final class SearchAnswerJson {

    /** The last field of {@link SearchResult}: everything before it is the same for equal answers. */
    private static final String TOOK_MS = ",\"tookMs\":";

    /** {@code answer} (its time set to 0) and its JSON without {@code tookMs} and the closing brace. */
    private record Written(SearchResult answer, byte[] untimed) {
    }

    /**
     * The most heap kept: each JSON counts three times its length, for itself and for the answer
     * it holds (which the searcher's cache may have let go), estimated at twice its JSON.
     */
    static final long MAX_BYTES = 12L << 20;

    private final int capacity;
    private final Map<SearchRequest, Written> written = new ConcurrentHashMap<>();
    private long bytes;

    /** @param capacity the most answers whose JSON is kept, as many as the searcher keeps, within {@link #MAX_BYTES}; 0 keeps none */
    SearchAnswerJson(int capacity) {
        this.capacity = capacity;
    }

    /** Answers {@code request} with the JSON of {@code answer}. */
    void write(Context ctx, SearchRequest request, SearchResult answer) throws IOException {
        if (capacity == 0) {
            ctx.json(answer);
            return;
        }
        byte[] untimed = untimedJson(request, answer.answeredIn(0));
        ctx.contentType(ContentType.APPLICATION_JSON);
        OutputStream out = ctx.outputStream();
        out.write(untimed);
        out.write(tookMs(answer.tookMs()));
    }

    /** The JSON of {@code answer} without tookMs, written now unless kept from an equal answer to {@code request}. */
    private byte[] untimedJson(SearchRequest request, SearchResult answer) throws IOException {
        Written kept = written.get(request);
        if (kept != null && kept.answer().equals(answer)) {
            if (kept.answer().hits() != answer.hits() || kept.answer().facets() != answer.facets()) {
                // The same answer computed again (two first requests at once, or the searcher's cache
                // was full): keep the searcher's current one, so that the next comparison is by reference.
                keep(request, new Written(answer, kept.untimed()));
            }
            return kept.untimed();
        }
        byte[] json = serialisedWithoutTime(answer);
        keep(request, new Written(answer, json));
        return json;
    }

    private synchronized void keep(SearchRequest request, Written json) {
        long weight = 3L * json.untimed().length;
        if (written.size() >= capacity || bytes + weight > MAX_BYTES) {
            // The searcher keeps the recent answers; their JSON is written again on their next request.
            written.clear();
            bytes = 0;
        }
        written.put(request, json);
        bytes += weight;
    }

    private static byte[] serialisedWithoutTime(SearchResult untimed) throws IOException {
        byte[] whole = Json.MAPPER.writeValueAsBytes(untimed);
        byte[] end = tookMs(untimed.tookMs());
        if (!Arrays.equals(whole, whole.length - end.length, whole.length, end, 0, end.length)) {
            throw new IllegalStateException("tookMs is no longer the last field of a search answer's JSON");
        }
        return Arrays.copyOf(whole, whole.length - end.length);
    }

    /** The last field and the closing brace; Jackson writes a double as {@link Double#toString(double)} does. */
    private static byte[] tookMs(double ms) {
        return (TOOK_MS + ms + "}").getBytes(StandardCharsets.ISO_8859_1);
    }
}
