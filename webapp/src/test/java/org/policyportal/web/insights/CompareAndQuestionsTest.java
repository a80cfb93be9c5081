package org.policyportal.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.LuceneSearchService;

/** {@code /compare}, {@code /compare.csv}, {@code /api/compare} and the questions routes over a real index. */
class CompareAndQuestionsTest {

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
    void everyCellEqualsADirectLuceneCountAndItsLinkedSearch() throws IOException {
        JsonNode m = http.json("/api/compare");
        assertThat(m.get("clauses").asLong()).isEqualTo(direct(IndexSchema.clausesQuery()));
        int checked = 0;
        for (JsonNode row : m.get("rows")) {
            for (int i = 0; i < m.get("columns").size(); i++) {
                String country = row.get("header").get("value").asText();
                String standard = m.get("columns").get(i).get("value").asText();
                JsonNode cell = row.get("cells").get(i);
                long direct = direct(new BooleanQuery.Builder().add(IndexSchema.clausesQuery(), Occur.FILTER)
                        .add(new TermQuery(new Term(IndexSchema.COUNTRY, country)), Occur.FILTER)
                        .add(new TermQuery(new Term(IndexSchema.STANDARD, standard)), Occur.FILTER).build());
                assertThat(cell.get("clauseCount").asLong()).as(country + "×" + standard).isEqualTo(direct);
                String link = cell.get("url").asText();
                assertThat(link).startsWith("/search?").contains("mode=clauses", "country=" + country,
                        "standard=" + standard);
                long linked = http.json("/api" + link).get("total").asLong();
                assertThat(linked).as("linked search of " + country + "×" + standard).isEqualTo(direct);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4 * 4);   // NL DE US FR × dmarc tls spf sp800-171
    }

    @Test
    void cellsSplitByStrengthAndKnowTheirFirstYear() {
        JsonNode nlDmarc = cell(http.json("/api/compare"), "NL", "dmarc");
        assertThat(nlDmarc.get("clauses").toString()).isEqualTo("{\"required\":1,\"recommended\":1,\"mentioned\":1,\"total\":3}");
        assertThat(nlDmarc.get("documents").toString()).isEqualTo("{\"required\":1,\"recommended\":0,\"mentioned\":1,\"total\":2}");
        assertThat(nlDmarc.get("firstYear").asInt()).isEqualTo(2021);
        assertThat(nlDmarc.get("heat").asText()).isEqualTo("heat-4");
        assertThat(cell(http.json("/api/compare"), "FR", "dmarc").get("firstYear").isNull()).isTrue();
        assertThat(cell(http.json("/api/compare"), "US", "dmarc").get("clauseCount").asLong()).isZero();
    }

    @Test
    void theQueryAndFiltersNarrowTheMatrixAndAxisFiltersPickRowsAndColumns() {
        JsonNode reject = http.json("/api/compare?q=reject");
        assertThat(cell(reject, "NL", "dmarc").get("clauseCount").asLong()).isEqualTo(1);
        assertThat(cell(reject, "DE", "dmarc").get("clauseCount").asLong()).isEqualTo(1);
        JsonNode picked = http.json("/api/compare?country=NL&standard=dmarc&standard=tls");
        assertThat(picked.get("rows")).hasSize(1);
        assertThat(picked.get("columns").findValuesAsText("value")).containsExactlyInAnyOrder("dmarc", "tls");
        JsonNode categories = http.json("/api/compare?rows=issuingBody&columns=category");
        assertThat(categories.get("columns").findValuesAsText("value")).contains("email", "crypto", "national");
        assertThat(cell(categories, "Forum Standaardisatie", "email").get("clauseCount").asLong()).isEqualTo(2);
        assertThat(cell(categories, "Forum Standaardisatie", "email").get("url").asText())
                .contains("issuingBody=Forum+Standaardisatie", "standard=email");
    }

    @Test
    void pageIsAnAccessibleTableWithHeatClassesAndLinks() {
        var r = http.get("/compare?q=dmarc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<caption", "<th scope=\"col\">Country</th>", "<th scope=\"row\">Netherlands</th>",
                "class=\"heat-4\"", "href=\"/search?q=dmarc&amp;country=NL&amp;standard=dmarc&amp;mode=clauses\"",
                "href=\"/compare.csv?q=dmarc&amp;rows=country&amp;columns=standard\"",
                "href=\"/timeline?standard=dmarc\"");
    }

    @Test
    void csvHasOneRecordPerCell() throws IOException {
        var r = http.get("/compare.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        assertThat(records).hasSize(16);
        CSVRecord nl = records.stream().filter(x -> x.get("row").equals("NL") && x.get("column").equals("dmarc"))
                .findFirst().orElseThrow();
        assertThat(nl.get("clauses")).isEqualTo("3");
        assertThat(nl.get("documents")).isEqualTo("2");
        assertThat(URI.create(nl.get("clauses_url")).getPath()).isEqualTo("/search");
    }

    @Test
    void badAxesAre400() {
        assertThat(http.get("/compare?rows=language").statusCode()).isEqualTo(400);
        var api = http.get("/api/compare?columns=nope");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("columns must be");
        assertThat(http.get("/api/questions?digital=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void questionCountsEqualDirectCountsAndTheirLinks() throws IOException {
        JsonNode report = http.json("/api/questions");
        for (JsonNode row : report.get("rows")) {
            String c = row.get("country").asText();
            for (String[] q : new String[][] {{"DIGITAL", IndexSchema.Q_DIGITAL}, {"SECURITY", IndexSchema.Q_SECURITY},
                    {"STANDARDS", IndexSchema.Q_STANDARDS}}) {
                long direct = direct(new BooleanQuery.Builder().add(IndexSchema.parentsQuery(), Occur.FILTER)
                        .add(new TermQuery(new Term(IndexSchema.COUNTRY, c)), Occur.FILTER)
                        .add(new TermQuery(new Term(q[1], IndexSchema.YES)), Occur.FILTER).build());
                assertThat(row.get("yes").get(q[0]).asLong()).as(c + " " + q[0]).isEqualTo(direct);
                assertThat(http.json("/api" + row.get("yesUrls").get(q[0]).asText()).get("total").asLong())
                        .isEqualTo(direct);
            }
        }
        assertThat(report.get("totals").get("documents").asLong()).isEqualTo(5);
        assertThat(report.get("totals").get("yes").get("DIGITAL").asLong()).isEqualTo(4);
        JsonNode nl = report.get("rows").get(0);
        assertThat(nl.get("country").asText()).isEqualTo("NL");
        assertThat(nl.get("yesUrls").get("DIGITAL").asText()).isEqualTo("/search?country=NL&digital=yes");
    }

    @Test
    void questionFiltersActSidewaysAndPagesEscapeHostileTitles() {
        JsonNode report = http.json("/api/questions?securityStandards=yes");
        assertThat(report.get("totals").get("documents").asLong()).isEqualTo(3);
        var page = http.get("/questions");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<caption>", "<th scope=\"row\">Netherlands</th>",
                "href=\"/search?country=NL&amp;digital=yes\"", "href=\"/documents/nl-mail#clause-1\"",
                "&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");
    }

    private static JsonNode cell(JsonNode matrix, String row, String column) {
        int col = matrix.get("columns").findValuesAsText("value").indexOf(column);
        for (JsonNode r : matrix.get("rows")) {
            if (r.get("header").get("value").asText().equals(row)) {
                return r.get("cells").get(col);
            }
        }
        throw new AssertionError("no row " + row);
    }

    private static long direct(org.apache.lucene.search.Query q) throws IOException {
        try (IndexSearchers.Lease l = service.indexAccess().acquire().orElseThrow()) {
            IndexSearcher s = l.generation().searcher();
            return s.count(q);
        }
    }
}
