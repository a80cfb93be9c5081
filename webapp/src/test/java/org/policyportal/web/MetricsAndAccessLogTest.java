package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code /metrics} in Prometheus format with route templates, and the privacy-preserving access log. */
class MetricsAndAccessLogTest {

    @TempDir
    static Path corpus;
    static TestPortal portal;
    static final Logger ACCESS = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    static final ListAppender<ILoggingEvent> LINES = new ListAppender<>();
    static Level previous;

    @BeforeAll
    static void start() {
        previous = ACCESS.getLevel();
        ACCESS.setLevel(Level.INFO);
        LINES.start();
        ACCESS.addAppender(LINES);
        portal = new TestPortal(FakeSearchService.standard(), corpus);
        for (String p : List.of("/search?q=dmarc&country=NL", "/api/search?q=tls", "/documents/nl-bio",
                "/documents/nope", "/no/such/page", "/static/portal.css", "/api/documents/nl-bio")) {
            portal.get(p);
        }
    }

    @AfterAll
    static void stop() {
        portal.close();
        ACCESS.detachAppender(LINES);
        ACCESS.setLevel(previous);
    }

    @Test
    void metricsArePrometheusTextWithRouteTemplatesOnly() {
        HttpResponse<String> r = portal.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        String text = r.body();
        assertThat(text).contains("# TYPE http_server_requests_seconds histogram",
                "http_server_requests_seconds_bucket{", "route=\"/search\"", "route=\"/documents/{id}\"",
                "route=\"/api/documents/{id}\"", "route=\"unmatched\"", "route=\"/static/*\"", "status=\"404\"");
        assertThat(text).doesNotContain("nl-bio", "dmarc", "/no/such/page", "portal.css");
        assertThat(text).contains("portal_search_seconds_bucket{", "mode=\"documents\"", "partial=\"false\"");
        assertThat(text).contains("portal_index_documents ", "portal_index_clauses ", "portal_index_age_seconds ",
                "portal_index_loaded_timestamp_seconds ");
        assertThat(text).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads ", "process_uptime");
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
    }

    @Test
    void accessLogHasRouteStatusDurationAndOnlyTheQuery() {
        List<String> lines = LINES.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("method=GET route=/search status=200 ms=")
                .endsWith(" q=\"dmarc\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("route=/documents/{id} status=200"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("route=/documents/{id} status=404"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("route=unmatched status=404"));
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("127.0.0.1", "country", "NL", "nl-bio",
                "/no/such").containsPattern(" client=[0-9a-f]{8}"));
    }

    @Test
    void accessLogEscapesAndCutsTheQuery() {
        String line = AccessLog.line("GET", "/search", 200, 1.25f, "abcd1234", "a\"b\\c\nd" + "x".repeat(300));
        assertThat(line).contains("q=\"a\\\"b\\\\c\\u000ad").contains("...\"").doesNotContain("\n");
        assertThat(line).startsWith("method=GET route=/search status=200 ms=1.3 client=abcd1234");
        AccessLog log = new AccessLog();
        assertThat(log.client("10.1.2.3")).hasSize(8).isEqualTo(log.client("10.1.2.3"))
                .isNotEqualTo(log.client("10.1.2.4")).isNotEqualTo(new AccessLog().client("10.1.2.3"));
    }

    @Test
    void accessLogMillisAreRoundedHalfUpToOneDecimal() {
        assertThat(AccessLog.line("GET", "/", 200, 0f, "-", null)).endsWith("ms=0.0 client=-");
        assertThat(AccessLog.line("GET", "/", 200, 0.04f, "-", null)).contains(" ms=0.0 ");
        assertThat(AccessLog.line("GET", "/", 200, 9.96f, "-", null)).contains(" ms=10.0 ");
        assertThat(AccessLog.line("GET", "/", 200, 123.45f, "-", "plain words")).contains(" ms=123.5 ")
                .endsWith("q=\"plain words\"");
    }
}
