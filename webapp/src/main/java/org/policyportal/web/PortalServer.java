package org.policyportal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.policyportal.api.DocumentApi;
import org.policyportal.api.HealthApi;
import org.policyportal.api.JsonBody;
import org.policyportal.api.OpenApiResource;
import org.policyportal.api.SearchApi;
import org.policyportal.search.SearchService;
import org.policyportal.web.document.CorpusFiles;
import org.policyportal.web.document.DocumentPage;
import org.policyportal.web.document.OriginalFile;
import org.policyportal.web.insights.InsightsLimits;
import org.policyportal.web.insights.InsightsRoutes;
import org.policyportal.web.search.HomePage;
import org.policyportal.web.search.SearchPage;

/**
 * The portal's HTTP server: pages, JSON API, static assets, {@code /metrics} and the one error-handling chain.
 * Every request passes {@link SecurityHeaders} and the {@link RequestGuard} (size and rate limits) first and is
 * recorded in {@link Metrics} and the {@link AccessLog} when done.
 *
 * <p>The {@link SearchService} is injected so tests can pass a fake and the launcher the Lucene service; the
 * server never closes it (its owner does). Thread-safety: {@link #start} and {@link #stop} are meant to be
 * called once each from one thread; request handling is concurrent and every handler is stateless.
 */
public final class PortalServer {

    /**
     * The templates of the pages a first visitor sees, with the layout, macros and parts they use (Pebble resolves
     * those when rendering, not when compiling): compiled in the background once the server listens.
     */
    static final List<String> FIRST_PAGES = List.of("layout/base.peb", "search/macros.peb", "search/form.peb",
            "search/empty.peb", "home/index.peb", "search/results.peb", "document/page.peb", "error.peb");

    private final Javalin app;
    private final PebbleRenderer renderer;
    private final Metrics metrics;
    private final ServerOptions options;

    /** A server with {@link ServerOptions#defaults()} (no rate limit, searches gated at twice the processors). */
    public PortalServer(SearchService search, Path corpusRoot) {
        this(search, corpusRoot, ServerOptions.defaults(), InsightsLimits.defaults());
    }

    /** As {@link #PortalServer(SearchService, Path)} with the export and bulk-download caps given. */
    public PortalServer(SearchService search, Path corpusRoot, InsightsLimits insightsLimits) {
        this(search, corpusRoot, ServerOptions.defaults(), insightsLimits);
    }

    /** As {@link #PortalServer(SearchService, Path)} with the request limits given. */
    public PortalServer(SearchService search, Path corpusRoot, ServerOptions options) {
        this(search, corpusRoot, options, InsightsLimits.defaults());
    }

    /**
     * @param searchService  the read side of the index (not closed by this server)
     * @param corpusRoot     folder the index's document paths are relative to; originals are served from here only
     * @param options        rate limit, request size limits, timeouts and search concurrency
     * @param insightsLimits export and bulk-download caps
     */
    public PortalServer(SearchService searchService, Path corpusRoot, ServerOptions options,
                        InsightsLimits insightsLimits) {
        Objects.requireNonNull(searchService, "search");
        JettySettings.setReferencesPerCacheLine();
        this.options = Objects.requireNonNull(options, "options");
        this.metrics = new Metrics(searchService);
        // the gate outside the timer: portal_search_seconds is service time, queueing shows in the HTTP histogram
        SearchService search = new SearchGate(metrics.timed(searchService), options.maxConcurrentSearches(),
                options.searchQueueTimeout());
        RequestGuard guard = RequestGuard.of(options);
        AccessLog accessLog = new AccessLog();
        Assets assets = Assets.fromClasspath("/static", "portal.css", "portal.js");
        this.renderer = new PebbleRenderer(assets);
        var staticFiles = new StaticFiles(assets);
        var home = new HomePage(search);
        var searchPage = new SearchPage(search);
        var documentPage = new DocumentPage(search);
        var original = new OriginalFile(search, new CorpusFiles(corpusRoot));
        ObjectMapper json = HtmlSafeJson.apply(JavalinJackson.defaultMapper());
        var searchApi = new SearchApi(search, JsonBody.of(json));
        var documentApi = new DocumentApi(search);
        var health = new HealthApi(search);
        var openApi = OpenApiResource.load();
        // Insights aggregate over the index directly; they need the Lucene service itself, not the gated wrapper.
        var insights = new InsightsRoutes(searchService, new CorpusFiles(corpusRoot), insightsLimits);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.fileRenderer(renderer);
            cfg.jsonMapper(new JavalinJackson(json, false));
            // Jetty announces "Server: Jetty(12.x)" by default; version banners only help attackers.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(options.maxHeaderBytes());
                // Javalin copies a result to the response in 8 KB pieces, which Jetty's default aggregation size
                // (a quarter of its 32 KB buffer) sends one by one: a 15 KB search page went out chunked, body first,
                // then a system call of its own for the 7-byte last chunk. Aggregating up to the buffer's size sends
                // any response that fits in it in one write, with a Content-Length that Jetty counts itself (so it
                // is right for gzipped bodies too); larger ones are still streamed a buffer at a time.
                http.setOutputAggregationSize(http.getOutputBufferSize());
            });
            cfg.http.maxRequestSize = options.maxBodyBytes();
            // Jetty 12 stops gracefully only through a GracefulHandler: it waits for requests in flight
            cfg.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JettyErrors());
                server.setStopTimeout(options.stopTimeout().toMillis());
            });
            cfg.requestLogger.http((ctx, ms) -> {
                String route = RouteTemplate.of(ctx);
                int status = ctx.statusCode();
                metrics.recordRequest(ctx.method().name(), route, status, ms);
                accessLog.log(ctx.method().name(), route, status, ms, ctx.ip(), RouteTemplate.queryOrNull(ctx));
            });
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.before(guard::check);
            cfg.routes.get("/", home::render);
            cfg.routes.get("/search", searchPage::render);
            cfg.routes.get("/documents/{id}", documentPage::render);
            cfg.routes.get("/documents/{id}/original", original::serve);
            cfg.routes.get("/api/search", searchApi::search);
            cfg.routes.get("/api/suggest", searchApi::suggest);
            cfg.routes.get("/api/documents/{id}", documentApi::document);
            cfg.routes.get("/api/openapi.json", openApi::serve);
            cfg.routes.get("/health", health::health);
            cfg.routes.get("/metrics", metrics::serve);
            cfg.routes.get(StaticFiles.PREFIX + "*", staticFiles::serve);
            cfg.routes.head(StaticFiles.PREFIX + "*", staticFiles::serve);
            insights.register(cfg.routes);
            ErrorHandling.register(cfg.routes);
        });
    }

    /**
     * Binds and starts serving, then compiles the templates of the first pages on a low-priority daemon thread
     * (Pebble compiles on first use; this keeps that out of both the start and the first page view).
     *
     * @param port 0 picks a free port
     * @return the bound port
     */
    public int start(String host, int port) {
        app.start(host, port);
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(options.idleTimeout().toMillis()); // applies to every new connection
            }
        }
        Thread templates = new Thread(() -> renderer.precompile(FIRST_PAGES), "template-warm-up");
        templates.setDaemon(true);
        templates.setPriority(Thread.MIN_PRIORITY);
        templates.start();
        return app.port();
    }

    /**
     * Stops accepting connections, lets requests in flight finish for up to
     * {@link ServerOptions#stopTimeout()} (Jetty's graceful stop), then releases the metrics.
     */
    public void stop() {
        try {
            app.stop();
        } finally {
            metrics.close();
        }
    }
}
