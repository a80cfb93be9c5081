package org.policyportal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.policyportal.web.Links;

/**
 * Documents whose title, issuing body, country, extra metadata, headings, clause numbers, text, source URL and file
 * name carry HTML and script payloads render inert on every page and come out of the API as valid JSON data.
 */
class PayloadRenderingTest extends HostilePortal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String enc(String s) {
        return Links.encode(s);
    }

    @Test
    void everyHtmlPageShowingHostileDataIsInert() {
        List<String> pages = List.of("/", "/search?q=hostile", "/search?q=security", "/search?q=alert",
                "/search?q=dmarc&mode=clauses", "/search?q=security&mode=clauses&sort=year",
                "/search?q=" + enc(HostileIndex.SCRIPT), "/search?q=" + enc(HostileIndex.IMG),
                "/search?q=" + enc(HostileIndex.SVG) + "&mode=clauses",
                "/search?q=security&issuingBody=" + enc(HostileIndex.ATTR) + "&country=" + enc(HostileIndex.IMG),
                "/search?q=security&country=" + enc("\"><svg onload=alert(2)>") + "&more=country&more=issuingBody",
                "/search?standard=" + enc(HostileIndex.SCRIPT) + "&language=" + enc(HostileIndex.IMG),
                "/search?q=hostile&more=country&more=issuingBody&more=standard&facetLimit=100",
                "/documents/" + HostileIndex.HOSTILE_ID, "/documents/hostile-2",
                "/documents/" + HostileIndex.HOSTILE_ID + "?q=" + enc(HostileIndex.SCRIPT + " alert dmarc"),
                "/documents/" + HostileIndex.HOSTILE_ID + "?q=" + enc(HostileIndex.IMG),
                "/nope/" + enc(HostileIndex.SCRIPT), "/search?page=" + enc(HostileIndex.IMG),
                "/search?size=" + enc(HostileIndex.SCRIPT));
        for (String page : pages) {
            HttpResponse<String> r = portal.get(page);
            assertThat(r.statusCode()).as(page).isLessThan(500);
            assertThat(r.headers().firstValue("Content-Type")).as(page)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            Inert.assertInert(page, r.body());
        }
    }

    @Test
    void hostileTextIsShownAsTextNotDropped() {
        Document doc = Inert.assertInert("document", portal.get("/documents/" + HostileIndex.HOSTILE_ID).body());
        assertThat(doc.text()).contains(HostileIndex.SCRIPT, "Hostile", HostileIndex.JS_URL);
        Document results = Inert.assertInert("results", portal.get("/search?q=hostile").body());
        assertThat(results.text()).contains("Hostile " + HostileIndex.SCRIPT);
    }

    @Test
    void javascriptSourceUrlIsNeverALink() {
        for (String id : List.of(HostileIndex.HOSTILE_ID, "hostile-2")) {
            Document doc = Inert.assertInert(id, portal.get("/documents/" + id).body());
            assertThat(doc.select("a[href]")).noneMatch(a -> a.attr("href").toLowerCase().contains("javascript"));
        }
    }

    @Test
    void apiReturnsValidJsonWithThePayloadAsData() throws Exception {
        for (String path : List.of("/api/search?q=hostile", "/api/search?q=alert&mode=clauses",
                "/api/search?q=" + enc(HostileIndex.SCRIPT), "/api/documents/" + HostileIndex.HOSTILE_ID,
                "/api/documents/hostile-2", "/api/suggest?q=" + enc("<scr"),
                "/api/search?country=" + enc(HostileIndex.IMG))) {
            HttpResponse<String> r = portal.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JSON.readTree(r.body());
        }
        JsonNode doc = JSON.readTree(portal.get("/api/documents/" + HostileIndex.HOSTILE_ID).body());
        assertThat(doc.toString()).contains("alert(1)");
        assertThat(portal.get("/api/documents/" + HostileIndex.HOSTILE_ID).body()).doesNotContain("<script>");
        // search results are written by JsonBody, not ctx.json: the same HTML-safe escapes must apply
        String results = portal.get("/api/search?q=hostile").body();
        assertThat(results).doesNotContain("<").contains("\\u003Cmark\\u003E");
    }

    @Test
    void originalWithAHostileFileNameIsServedSandboxedWithASafeHeader() {
        HttpResponse<String> r = portal.get("/documents/" + HostileIndex.HOSTILE_ID + "/original");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).startsWith("sandbox"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> {
            assertThat(v).startsWith("inline; filename=\"");
            String quoted = v.substring("inline; filename=\"".length(), v.indexOf("\";"));
            assertThat(quoted).doesNotContain("\"", "\\");
        });
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
