package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} over real HTTP: Prometheus text, the metrics operators need, and nothing people typed. */
class MetricsTest {

    private final TestSite site = TestSite.get();

    private PrometheusText scrape() {
        HttpResponse<String> response = site.get("/metrics");
        assertEquals(200, response.statusCode());
        assertEquals(WebServer.METRICS_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        return PrometheusText.parse(response.body());
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusAndSearchesHaveLatencyBuckets() {
        site.get("/api/search?q=melatonin+metrics");
        site.get("/articles/no-such-article-metrics");
        PrometheusText metrics = scrape();

        assertTrue(metrics.value("http_server_requests_seconds_count", "route=\"/api/search\"", "status=\"200\"", "method=\"GET\"") >= 1);
        assertTrue(metrics.value("http_server_requests_seconds_count", "route=\"/articles/{slug}\"", "status=\"404\"") >= 1);
        assertTrue(metrics.value("sleepkb_search_latency_seconds_bucket", "route=\"/api/search\"", "le=\"+Inf\"") >= 1,
                "search latency is a histogram");
        assertTrue(metrics.has("sleepkb_search_latency_seconds_bucket", "route=\"/api/search\"", "le=\"0.1\""));
        assertFalse(metrics.has("sleepkb_search_latency_seconds_bucket", "route=\"/articles/{slug}\""), "for searches only");
    }

    @Test
    void theIndexTheLastReindexTheCacheAndTheModelQueueAreReported() {
        site.get("/api/search?q=caffeine+metrics");
        site.get("/api/search?q=caffeine+metrics");
        PrometheusText metrics = scrape();

        assertEquals(site.api("/health").get("articles").asDouble(), metrics.value("sleepkb_index_articles"));
        assertEquals(site.initialIndex.problems().size(), metrics.value("sleepkb_reindex_last_problems"));
        assertTrue(metrics.value("sleepkb_reindex_last_duration_seconds") > 0);
        double hits = metrics.value("sleepkb_result_cache_lookups_total", "result=\"hit\"");
        double misses = metrics.value("sleepkb_result_cache_lookups_total", "result=\"miss\"");
        assertTrue(misses >= 2, "the test site keeps no answers, so both searches were computed");
        assertEquals(hits / (hits + misses), metrics.value("sleepkb_result_cache_hit_ratio"), 1e-9);
        assertEquals(0, metrics.value("sleepkb_embedding_queue"));
        assertTrue(metrics.has("sleepkb_semantic_ready"));
        assertTrue(metrics.has("jvm_memory_used_bytes"));
    }

    @Test
    void neitherQueriesNorPathsAsTypedBecomeLabels() {
        site.get("/api/search?q=secretquerytext");
        site.get("/no/such/secretpathtext");
        String body = site.get("/metrics").body();

        assertFalse(body.contains("secretquerytext"), "a query is never a label");
        assertFalse(body.contains("secretpathtext"), "an unmatched path is counted as `unmatched`");
        assertTrue(PrometheusText.parse(body).value("http_server_requests_seconds_count", "route=\"unmatched\"", "status=\"404\"") >= 1);
    }

    @Test
    void theParserRefusesWhatIsNotPrometheusText() {
        assertThrows(AssertionError.class, () -> PrometheusText.parse("{\"status\":\"ok\"}\n"));
        assertThrows(AssertionError.class, () -> PrometheusText.parse("undeclared_metric 1\n"));
        assertThrows(AssertionError.class, () -> PrometheusText.parse("# TYPE x gauge\nx{bad-label=\"1\"} 1\n"));
        assertThrows(AssertionError.class, () -> PrometheusText.parse("# TYPE x gauge\nx one\n"));
    }
}
