package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The error chain (400/404/500, HTML or JSON by path, never a stack trace) and headers on every response. */
class ErrorsAndHeadersTest {

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=-1                 | page must be 1 or more",
            "page=0                  | page must be 1 or more",
            "size=abc                | size must be a whole number",
            "size=1000               | size must be between 1 and 100",
            "yearFrom=2022&yearTo=2020 | yearFrom (2022) must not be after yearTo (2020)",
            "yearFrom=20             | yearFrom must be a four-digit year",
            "mode=paragraphs         | mode must be 'documents' or 'clauses'",
            "sort=random             | sort must be 'relevance', 'year' or 'year-asc'",
            "facetLimit=0            | facetLimit must be between 1 and 500",
            "year=19x9               | year must be a four-digit year",
            "digital=maybe           | digital must be yes or no",
            "more=colour             | more must name a filter",
            "page=5000&size=100      | page is too deep"})
    void badParametersAre400WithAClearMessage(String query, String message) throws Exception {
        HttpResponse<String> api = portal.get("/api/search?" + query);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("Bad Request");
        assertThat(body.get("message").asText()).contains(message);

        HttpResponse<String> page = portal.get("/search?" + query);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body()).contains("<h1>Bad Request</h1>", "Start a new search");
    }

    @Test
    void emptyYearFieldsFromTheRangeFormAreIgnored() {
        assertThat(portal.get("/search?q=security&yearFrom=&yearTo=2020").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownDocumentAndUnknownPathAre404() throws Exception {
        HttpResponse<String> page = portal.get("/documents/nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not Found</h1>", "No document with id nope.");
        assertThat(portal.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(portal.get("/no/such/page").body()).contains("We could not find that page");
        assertThat(portal.get("/documents/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        HttpResponse<String> api = portal.get("/api/documents/nope");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("message").asText()).isEqualTo("No document with id nope.");
        assertThat(JSON.readTree(portal.get("/api/nothing").body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void unexpectedFailuresAre500WithIncidentIdAndNoInternals() throws Exception {
        HttpResponse<String> page = portal.get("/search?q=boom");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Incident reference").doesNotContain("secret internal detail",
                "IllegalStateException", "at org.");
        HttpResponse<String> api = portal.get("/api/search?q=boom");
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("status").asInt()).isEqualTo(500);
        assertThat(body.get("incident").asText()).hasSize(8);
        assertThat(api.body()).doesNotContain("secret", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=security", "/documents/nl-bio", "/api/search", "/api/suggest?q=dm",
            "/api/documents/nl-bio", "/api/openapi.json", "/health", "/static/portal.css", "/documents/nope",
            "/no/such/page", "/search?page=-1", "/api/search?size=abc", "/search?q=boom"})
    void securityHeadersOnEveryResponseAndNoServerVersion(String path) {
        HttpResponse<String> r = portal.get(path);
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(r.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
        assertThat(r.headers().firstValue("Server")).isEmpty();
        assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() {
        for (String path : new String[] {"/", "/search?q=security", "/documents/nl-bio?q=DMARC", "/nope"}) {
            String body = portal.get(path).body();
            assertThat(body).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", " style=",
                    " onclick=", " onload=");
        }
    }
}
