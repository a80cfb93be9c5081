package org.policyportal.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.search.LuceneSearchService;

/** Similar clauses and the timeline, page and API, over a real index. */
class SimilarAndTimelineTest {

    @TempDir
    static Path root;
    static LuceneSearchService service;
    static InsightsHttp http;

    @BeforeAll
    static void start() throws IOException {
        service = InsightsFixture.open(root);
        http = new InsightsHttp(service, root.resolve("corpus"), InsightsLimits.defaults());
    }

    @AfterAll
    static void stop() {
        http.close();
        service.close();
    }

    @Test
    void nearestClauseComesFromAnotherCountryWithSharedTermsMarked() {
        JsonNode s = http.json("/api/documents/nl-mail/clauses/1/similar");
        assertThat(s.get("source").get("documentId").asText()).isEqualTo("nl-mail");
        JsonNode best = s.get("matches").get(0);
        assertThat(best.get("documentId").asText()).isEqualTo("de-bsi");
        assertThat(best.get("url").asText()).isEqualTo("/documents/de-bsi#clause-1");
        assertThat(best.get("html").asText()).contains("<mark>");
        for (JsonNode m : s.get("matches")) {
            assertThat(m.get("documentId").asText()).isNotEqualTo("nl-mail");
            assertThat(m.get("country").asText() + m.get("issuingBody").asText())
                    .isNotEqualTo("NLForum Standaardisatie");
        }
        assertThat(s.get("sharedTerms").findValuesAsText("")).isEmpty();
        assertThat(s.get("sharedTerms").toString()).contains("dmarc");
        assertThat(http.json("/api/documents/nl-mail/clauses/1/similar?limit=1").get("matches")).hasSize(1);
    }

    @Test
    void similarPageEscapesHostileTitlesAndLinksOn() {
        var r = http.get("/documents/de-bsi/clauses/1/similar");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Similar clauses elsewhere", "href=\"/documents/nl-mail#clause-1\"",
                "<mark>", "href=\"/documents/nl-mail/clauses/1/similar\"")
                .doesNotContain("<script>alert(");
        assertThat(r.body()).contains("&lt;script&gt;alert(");
    }

    @Test
    void unknownClausesAre404AndBadNumbers400() {
        assertThat(http.get("/documents/nope/clauses/1/similar").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/documents/nl-mail/clauses/99/similar").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/documents/nl-mail/clauses/x/similar").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/documents/nl-mail/clauses/1/similar?limit=500").statusCode()).isEqualTo(400);
    }

    @Test
    void timelineCountsDocumentsByYearWithGapsAndUnknownYears() {
        JsonNode t = http.json("/api/timeline?standard=dmarc");
        assertThat(t.get("years").toString()).contains(
                "{\"year\":2019,\"documents\":1,\"url\":\"/search?year=2019&standard=dmarc\"}",
                "{\"year\":2020,\"documents\":0,", "{\"year\":2021,\"documents\":1,", "{\"year\":2023,\"documents\":1,");
        assertThat(t.get("years")).hasSize(5);
        assertThat(t.get("unknownYear").asLong()).isEqualTo(1);
        assertThat(t.get("total").asLong()).isEqualTo(4);
        assertThat(http.json("/api/timeline?standard=dmarc&q=reject").get("total").asLong()).isEqualTo(2);
        assertThat(http.json("/api/search?year=2019&standard=dmarc").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void timelinePageIsAnAccessibleSvgWithATableFallback() {
        var r = http.get("/timeline?standard=dmarc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<svg", "role=\"img\"", "<title id=\"tl-title\">Documents mentioning DMARC by year</title>",
                "<desc id=\"tl-desc\">2019: 1; 2020: 0; 2021: 1; 2022: 0; 2023: 1</desc>", "<table class=\"timeline-table\">",
                "<caption>", "<th scope=\"row\">2021</th>", "class=\"bar\"");
        assertThat(http.get("/timeline").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/timeline?standard=a&standard=b").statusCode()).isEqualTo(400);
    }

    @Test
    void documentPageOffersSimilarClausesAndACitation() {
        var r = http.get("/documents/nl-web");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/documents/nl-web/clauses/1/similar\"", "Cite this clause",
                "data-path=\"/documents/nl-web#clause-1\"", "Logius, 2023. Clause A.")
                .doesNotContain("<script>alert(");
    }
}
