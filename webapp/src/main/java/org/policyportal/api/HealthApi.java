package org.policyportal.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 {@code {"status":"ok","documents","clauses","generation"}} while an index is live,
 * 503 {@code {"status":"unavailable"}} when the service has none (no generation or stats failing), so a load
 * balancer or the launcher can wait for readiness. Thread-safe.
 */
public final class HealthApi {

    private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

    private final SearchService search;

    public HealthApi(SearchService search) {
        this.search = search;
    }

    public void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        IndexStats stats;
        try {
            stats = search.stats();
        } catch (RuntimeException e) {
            // Health checks must answer, not fail: the cause goes to the log, the status to the caller.
            LOG.warn("health check: index statistics unavailable", e);
            stats = null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (stats == null || stats.generation() == null || stats.generation().isBlank()) {
            body.put("status", "unavailable");
            body.put("message", "No index is loaded yet.");
            ctx.status(503).json(body);
            return;
        }
        body.put("status", "ok");
        body.put("documents", stats.documents());
        body.put("clauses", stats.clauses());
        body.put("generation", stats.generation());
        body.put("publishedAt", stats.publishedAt() == null ? null : stats.publishedAt().toString());
        ctx.json(body);
    }
}
