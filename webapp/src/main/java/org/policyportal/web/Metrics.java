package org.policyportal.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchService;

/**
 * The portal's Micrometer registry, scraped in Prometheus text format at {@code GET /metrics}:
 * <ul>
 *   <li>{@code http_server_requests_seconds} (histogram) by method, route template, status and outcome;</li>
 *   <li>{@code portal_search_seconds} (histogram) by mode and whether the result was partial;</li>
 *   <li>{@code portal_search_cache_hits_total}, {@code portal_search_cache_misses_total}: the result cache;</li>
 *   <li>{@code portal_index_documents}, {@code portal_index_clauses}, {@code portal_index_age_seconds} (since the
 *       live generation was published), {@code portal_index_loaded_timestamp_seconds} (last reload);</li>
 *   <li>JVM memory, GC, threads, class loading, CPU and uptime.</li>
 * </ul>
 * One instance per server (no global registry); {@link #close()} unregisters the GC listeners.
 * Thread-safe: Micrometer meters are.
 */
public final class Metrics implements AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** Binds JVM metrics and index gauges reading {@code search.stats()} at scrape time. */
    public Metrics(SearchService search) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gauge("portal.index.documents", search, s -> s.stats().documents(), "Documents in the live index");
        gauge("portal.index.clauses", search, s -> s.stats().clauses(), "Clauses in the live index");
        gauge("portal.index.age.seconds", search, s -> seconds(s.stats().publishedAt(), true),
                "Seconds since the live index generation was published");
        gauge("portal.index.loaded.timestamp.seconds", search, s -> seconds(s.stats().loadedAt(), false),
                "When the server last loaded an index generation (Unix seconds)");
        FunctionCounter.builder("portal.search.cache.hits", search, s -> s.resultCache().hits())
                .description("Searches answered from the result cache").register(registry);
        FunctionCounter.builder("portal.search.cache.misses", search, s -> s.resultCache().misses())
                .description("Searches that ran (not in the result cache)").register(registry);
    }

    private void gauge(String name, SearchService search, ToDoubleFunction<SearchService> f, String help) {
        Gauge.builder(name, search, f).description(help).register(registry);
    }

    private static double seconds(Instant at, boolean age) {
        if (at == null) {
            return Double.NaN;
        }
        return age ? Duration.between(at, Instant.now()).toMillis() / 1000.0 : at.toEpochMilli() / 1000.0;
    }

    /** Records one finished HTTP request. */
    public void recordRequest(String method, String route, int status, float millis) {
        Timer.builder("http.server.requests")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /** Records one search's service time. */
    void recordSearch(String mode, boolean partial, long nanos) {
        Timer.builder("portal.search").description("Search service time")
                .tag("mode", mode).tag("partial", Boolean.toString(partial))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** {@code search} with every {@link SearchService#search} timed into {@code portal_search_seconds}. */
    public SearchService timed(SearchService search) {
        return new TimedSearchService(search, this);
    }

    /** {@code GET /metrics}. */
    public void serve(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1, 2, 3 -> "SUCCESS";
            case 4 -> "CLIENT_ERROR";
            default -> "SERVER_ERROR";
        };
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
