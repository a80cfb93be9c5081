package org.policyportal.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.policyportal.api.DocumentApi;
import org.policyportal.api.HealthApi;
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
 * The portal's HTTP server: pages, JSON API, static assets and the one error-handling chain.
 *
 * <p>The {@link SearchService} is injected so tests can pass a fake and the launcher the Lucene service; the
 * server never closes it (its owner does). Thread-safety: {@link #start} and {@link #stop} are meant to be
 * called once each from one thread; request handling is concurrent and every handler is stateless.
 */
public final class PortalServer {

    /** Static assets are fingerprinted with {@code ?v=}, so browsers may keep them for a year. */
    private static final String STATIC_CACHE = "public, max-age=31536000, immutable";

    private final Javalin app;

    /**
     * @param search     the read side of the index (not closed by this server)
     * @param corpusRoot folder the index's document paths are relative to; originals are served from here only
     */
    public PortalServer(SearchService search, Path corpusRoot) {
        this(search, corpusRoot, InsightsLimits.defaults());
    }

    /** As {@link #PortalServer(SearchService, Path)} with the export and bulk-download caps given. */
    public PortalServer(SearchService search, Path corpusRoot, InsightsLimits insightsLimits) {
        Objects.requireNonNull(search, "search");
        Assets assets = Assets.fromClasspath("/static", "portal.css", "portal.js");
        PebbleRenderer renderer = new PebbleRenderer(assets);
        var home = new HomePage(search);
        var searchPage = new SearchPage(search);
        var documentPage = new DocumentPage(search);
        var original = new OriginalFile(search, new CorpusFiles(corpusRoot));
        var searchApi = new SearchApi(search);
        var documentApi = new DocumentApi(search);
        var health = new HealthApi(search);
        var openApi = OpenApiResource.load();
        var insights = new InsightsRoutes(search, new CorpusFiles(corpusRoot), insightsLimits);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.fileRenderer(renderer);
            cfg.jsonMapper(new JavalinJackson(JavalinJackson.defaultMapper(), false));
            // Jetty announces "Server: Jetty(12.x)" by default; version banners only help attackers.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", STATIC_CACHE);
            });
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.get("/", home::render);
            cfg.routes.get("/search", searchPage::render);
            cfg.routes.get("/documents/{id}", documentPage::render);
            cfg.routes.get("/documents/{id}/original", original::serve);
            cfg.routes.get("/api/search", searchApi::search);
            cfg.routes.get("/api/suggest", searchApi::suggest);
            cfg.routes.get("/api/documents/{id}", documentApi::document);
            cfg.routes.get("/api/openapi.json", openApi::serve);
            cfg.routes.get("/health", health::health);
            insights.register(cfg.routes);
            ErrorHandling.register(cfg.routes);
        });
    }

    /**
     * Binds and starts serving.
     *
     * @param port 0 picks a free port
     * @return the bound port
     */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    /** Stops accepting connections and lets requests in flight finish (Jetty's graceful stop). */
    public void stop() {
        app.stop();
    }
}
