package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON shapes of the API and the health check. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path corpus;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = new TestPortal(FakeSearchService.standard(), corpus);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = portal.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void searchHasTheDocumentedShape() throws Exception {
        JsonNode r = json("/api/search?q=DMARC&country=NL&country=DE&size=5");
        assertThat(fieldNames(r)).contains("total", "page", "size", "tookMs", "hits", "facets", "notices", "didYouMean");
        assertThat(r.get("total").asInt()).isEqualTo(2);
        assertThat(r.get("size").asInt()).isEqualTo(5);
        JsonNode hit = r.get("hits").get(0);
        assertThat(fieldNames(hit)).contains("id", "path", "title", "country", "countryName", "issuingBody", "year",
                "language", "standards", "snippets", "url", "clauseOrdinal", "clauseRef", "headingPath");
        assertThat(fieldNames(hit.get("standards").get(0))).containsExactlyInAnyOrder("id", "label", "category");
        assertThat(fieldNames(hit.get("snippets").get(0))).containsExactlyInAnyOrder("ordinal", "ref", "html", "url");
        assertThat(hit.get("snippets").get(0).get("html").asText()).contains("<mark>DMARC</mark>");
        JsonNode country = r.get("facets").get("country");
        assertThat(fieldNames(country.get(0))).containsExactlyInAnyOrder("value", "label", "count", "selected", "children");
        assertThat(country.findValuesAsText("value")).contains("NL", "DE");
        JsonNode standard = r.get("facets").get("standard").get(0);
        assertThat(standard.get("children").size()).isPositive();
    }

    @Test
    void clauseModeHitsCarryClauseFields() throws Exception {
        JsonNode hit = json("/api/search?q=DMARC&mode=clauses").get("hits").get(0);
        assertThat(hit.get("clauseOrdinal").asInt()).isPositive();
        assertThat(hit.get("headingPath").isArray()).isTrue();
    }

    @Test
    void documentHasMetadataAnswersAndClauses() throws Exception {
        JsonNode d = json("/api/documents/nl-bio");
        assertThat(d.get("title").asText()).isEqualTo("Baseline Informatiebeveiliging Overheid");
        assertThat(d.get("countryName").asText()).isEqualTo("Netherlands");
        assertThat(d.get("inferred").get(0).asText()).isEqualTo("year");
        assertThat(d.get("answers").get("securityClauseCount").asInt()).isEqualTo(2);
        JsonNode clause = d.get("clauses").get(1);
        assertThat(fieldNames(clause)).contains("ordinal", "ref", "headingPath", "text", "standards", "url");
        assertThat(clause.get("url").asText()).isEqualTo("/documents/nl-bio#clause-2");
        assertThat(clause.get("standards").findValuesAsText("")).isEmpty();
        assertThat(clause.get("standards").get(0).asText()).isEqualTo("dmarc");
    }

    @Test
    void documentClausesComeInPagesThatAddUpToTheWhole() throws Exception {
        JsonNode whole = json("/api/documents/nl-bio");
        List<Integer> all = whole.get("clauses").findValues("ordinal").stream().map(JsonNode::asInt).toList();
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(whole.get("clauseCount").asInt()).isEqualTo(all.size());
        assertThat(whole.get("clauseOffset").asInt()).isZero();
        assertThat(whole.get("next").isNull()).isTrue();

        List<Integer> paged = new java.util.ArrayList<>();
        String next = "/api/documents/nl-bio?limit=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(next);
            assertThat(page.get("clauseCount").asInt()).isEqualTo(all.size());
            assertThat(page.get("clauseOffset").asInt()).isEqualTo(paged.size());
            assertThat(page.get("clauses").size()).isBetween(1, 2);
            page.get("clauses").forEach(c -> paged.add(c.get("ordinal").asInt()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);

        JsonNode second = json("/api/documents/nl-bio?offset=1&limit=1");
        assertThat(second.get("clauses").get(0)).isEqualTo(whole.get("clauses").get(1));
        assertThat(second.get("next").asText()).isEqualTo("/api/documents/nl-bio?offset=2&limit=1");
        JsonNode rest = json("/api/documents/nl-bio?offset=1");
        assertThat(rest.get("clauses").size()).isEqualTo(all.size() - 1);
        assertThat(rest.get("next").isNull()).isTrue();
        JsonNode beyond = json("/api/documents/nl-bio?offset=" + (all.size() + 5) + "&limit=10");
        assertThat(beyond.get("clauses").size()).isZero();
        assertThat(beyond.get("clauseOffset").asInt()).isEqualTo(all.size());
        assertThat(beyond.get("next").isNull()).isTrue();
    }

    @Test
    void badClausePagesAreRefusedWithAReason() throws Exception {
        for (String query : List.of("offset=-1", "limit=0", "limit=1001", "limit=ten", "offset=1.5")) {
            HttpResponse<String> r = portal.get("/api/documents/nl-bio?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(r.body()).as(query).containsAnyOf("offset", "limit").doesNotContain("Exception");
        }
        assertThat(portal.get("/api/documents/nope?limit=5").statusCode()).isEqualTo(404);
    }

    @Test
    void suggestReturnsStandards() throws Exception {
        JsonNode r = json("/api/suggest?q=dm");
        assertThat(r.get("suggestions").get(0).get("value").asText()).isEqualTo("dmarc");
        assertThat(json("/api/suggest").get("suggestions").size()).isZero();
        assertThat(portal.get("/api/suggest?limit=99").statusCode()).isEqualTo(400);
    }

    @Test
    void healthReportsTheIndex() throws Exception {
        JsonNode h = json("/health");
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("documents").asInt()).isEqualTo(FakeDocuments.all().size());
        assertThat(h.get("generation").asText()).isEqualTo("gen-000001");
    }

    @Test
    void healthIs503WithoutAnIndex() throws Exception {
        try (TestPortal down = new TestPortal(new FakeSearchService(List.of(), false), corpus)) {
            HttpResponse<String> r = down.get("/health");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("unavailable");
        }
    }

    @Test
    void openApiDocumentDescribesTheEndpoints() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(fieldNames(doc.get("paths"))).contains("/api/search", "/api/documents/{id}", "/api/suggest",
                "/health");
        assertThat(doc.get("paths").get("/api/search").get("get").get("parameters").findValuesAsText("name"))
                .contains("q", "country", "standard", "yearFrom", "mode", "sort", "page", "size", "facetLimit");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
