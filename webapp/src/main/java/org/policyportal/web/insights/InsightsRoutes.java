package org.policyportal.web.insights;

import io.javalin.config.RoutesConfig;
import org.policyportal.insights.CompareService;
import org.policyportal.insights.NewestDocuments;
import org.policyportal.insights.QuestionsService;
import org.policyportal.insights.SimilarClausesService;
import org.policyportal.insights.TimelineService;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.SearchService;
import org.policyportal.web.document.CorpusFiles;

/**
 * Wires and registers the researcher routes: compare, research questions, similar clauses, timeline, export, feed,
 * bulk download and QR. Aggregations read the Lucene index through {@link IndexAccess}; over a search service that
 * is not Lucene-backed they behave as over an empty index. Export, download and feed-free routes use the
 * {@link SearchService} itself. Immutable and thread-safe.
 */
public final class InsightsRoutes {

    private final CompareHandler compare;
    private final QuestionsHandler questions;
    private final SimilarHandler similar;
    private final TimelineHandler timeline;
    private final ExportHandler export;
    private final FeedHandler feed;
    private final BulkDownload download;
    private final QrHandler qr = new QrHandler();

    public InsightsRoutes(SearchService search, CorpusFiles corpus, InsightsLimits limits) {
        IndexAccess access = search instanceof LuceneSearchService lucene ? lucene.indexAccess() : IndexAccess.none();
        this.compare = new CompareHandler(new CompareService(access));
        this.questions = new QuestionsHandler(new QuestionsService(access));
        this.similar = new SimilarHandler(new SimilarClausesService(access));
        this.timeline = new TimelineHandler(new TimelineService(access));
        this.export = new ExportHandler(search, limits);
        this.feed = new FeedHandler(new NewestDocuments(access));
        this.download = new BulkDownload(search, corpus, limits);
    }

    public void register(RoutesConfig routes) {
        routes.get("/compare", compare::page);
        routes.get("/compare.csv", compare::csv);
        routes.get("/api/compare", compare::json);
        routes.get("/questions", questions::page);
        routes.get("/api/questions", questions::json);
        routes.get("/documents/{id}/clauses/{n}/similar", similar::page);
        routes.get("/api/documents/{id}/clauses/{n}/similar", similar::json);
        routes.get("/timeline", timeline::page);
        routes.get("/api/timeline", timeline::json);
        routes.get("/export.csv", export::csv);
        routes.get("/export.json", export::json);
        routes.get("/feed.atom", feed::feed);
        routes.get("/download.zip", download::zip);
        routes.get("/qr", qr::page);
        routes.get("/qr.svg", qr::svg);
    }
}
