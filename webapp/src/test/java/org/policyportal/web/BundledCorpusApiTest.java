package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;

/**
 * The JSON API over the bundled corpus: totals and facet counts, drill-sideways ones included, equal what plain
 * Lucene counts on the same index say. The expected numbers come from term queries on the keyword fields, not
 * from the facet code under test.
 */
class BundledCorpusApiTest {

    static TestPortal portal;
    static DirectoryReader reader;
    static IndexSearcher searcher;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        BundledCorpus corpus = BundledCorpus.get();
        portal = corpus.portal();
        Path gen = new IndexLayout(corpus.index).current().orElseThrow();
        reader = DirectoryReader.open(FSDirectory.open(gen));
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void stop() throws IOException {
        portal.close();
        reader.close();
    }

    @Test
    void totalsAndFacetCountsMatchTheIndex() throws IOException {
        JsonNode r = get("/api/search?country=NL&country=DE&standard=dmarc&facetLimit=200");
        Query countries = anyOf(IndexSchema.COUNTRY, "NL", "DE");
        Query dmarc = term(IndexSchema.STANDARD, "dmarc");
        assertThat(r.get("total").asLong()).isPositive()
                .isEqualTo(count(IndexSchema.parentsQuery(), countries, dmarc));

        // Selected dimension: drill-sideways, i.e. counted without its own selection.
        for (JsonNode v : r.get("facets").get("country")) {
            assertThat(v.get("count").asLong()).as("country %s", v.get("value"))
                    .isEqualTo(count(IndexSchema.parentsQuery(), dmarc, term(IndexSchema.COUNTRY, v.get("value").asText())));
        }
        assertThat(values(r, "country")).contains("NL", "DE", "US");
        // Unselected dimension: narrowed by every filter.
        for (JsonNode v : r.get("facets").get("language")) {
            assertThat(v.get("count").asLong()).as("language %s", v.get("value"))
                    .isEqualTo(count(IndexSchema.parentsQuery(), countries, dmarc,
                            term(IndexSchema.LANGUAGE, v.get("value").asText())));
        }
        // Hierarchical standard facet, drill-sideways for the selected standard.
        int checked = 0;
        for (JsonNode category : r.get("facets").get("standard")) {
            for (JsonNode child : category.get("children")) {
                assertThat(child.get("count").asLong()).as("standard %s", child.get("value"))
                        .isEqualTo(count(IndexSchema.parentsQuery(), countries,
                                term(IndexSchema.STANDARD, child.get("value").asText())));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void clauseModeCountsClauses() throws IOException {
        JsonNode r = get("/api/search?mode=clauses&country=NL&standard=dmarc");
        assertThat(r.get("total").asLong()).isPositive().isEqualTo(count(IndexSchema.clausesQuery(),
                term(IndexSchema.COUNTRY, "NL"), term(IndexSchema.STANDARD, "dmarc")));
        for (JsonNode hit : r.get("hits")) {
            assertThat(hit.get("country").asText()).isEqualTo("NL");
            assertThat(hit.get("clauseOrdinal").asInt()).isPositive();
        }
    }

    @Test
    void identifiersAreFoundAsWritten() throws IOException {
        for (String id : List.of("52.204-21", "\"ISO/IEC 27001\"", "252.204-7012", "RFC 9116")) {
            JsonNode r = get("/api/search?q=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.get("total").asLong()).as(id).isPositive();
            assertThat(r.get("hits").get(0).get("snippets").toString()).as(id).contains("<mark>");
        }
    }

    @Test
    void onlyTheFacetsAskedForAreCountedAndTheirCountsStayExact() throws IOException {
        String search = "/api/search?country=NL&country=DE&standard=dmarc&facetLimit=200";
        JsonNode all = get(search);
        JsonNode some = get(search + "&facets=language,country&facets=year");
        assertThat(iterable(some.get("facets").fieldNames())).containsExactly("country", "year", "language");
        assertThat(some.get("total")).isEqualTo(all.get("total"));
        assertThat(some.get("hits")).isEqualTo(all.get("hits"));
        for (String dim : List.of("country", "year", "language")) {
            assertThat(some.get("facets").get(dim)).as(dim).isEqualTo(all.get("facets").get(dim));
        }
        JsonNode standards = get(search + "&facets=standard");
        assertThat(iterable(standards.get("facets").fieldNames())).containsExactly("standard");
        assertThat(standards.get("facets").get("standard")).isEqualTo(all.get("facets").get("standard"));

        var bad = portal.get("/api/search?q=tls&facets=country,colour");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("facets", "colour").doesNotContain("Exception");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static JsonNode get(String path) throws IOException {
        var res = portal.get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private static List<String> values(JsonNode r, String dim) {
        return r.get("facets").get(dim).findValuesAsText("value");
    }

    private static long count(Query... all) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : all) {
            b.add(q, Occur.FILTER);
        }
        return searcher.count(b.build());
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query anyOf(String field, String... values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(term(field, v), Occur.SHOULD);
        }
        return b.build();
    }
}
