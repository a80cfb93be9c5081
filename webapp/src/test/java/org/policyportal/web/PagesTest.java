package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server-rendered pages over the fake service: content, links that keep state, escaping. */
class PagesTest {

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

    @Test
    void homeShowsSearchBoxExamplesAndTopFacets() {
        HttpResponse<String> r = portal.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<form class=\"search-form\" action=\"/search\"", "name=\"q\"",
                "href=\"/search?q=DMARC\"", "href=\"/search?q=%22ISO%2FIEC+27001%22\"", "Netherlands",
                "href=\"/search?standard=dmarc\"", "<main id=\"main\"", "Skip to main content");
    }

    @Test
    void resultsPageHasFacetsCardsSnippetsAndModeSwitch() {
        String body = portal.get("/search?q=security").body();
        assertThat(body).contains("documents", "<aside class=\"filters\"", "Netherlands",
                "href=\"/search?q=security&amp;country=NL\"", "Email security",
                "<mark>security</mark>", "Go to clause 2.1",
                "href=\"/documents/nl-bio?q=security#clause-2\"",
                "href=\"/search?q=security&amp;mode=clauses\"", "href=\"/search?q=security&amp;sort=year\"",
                "Ministerie van BZK", "Dutch");
    }

    @Test
    void selectedFiltersBecomeRemovableChipsAndFacetLinksToggle() {
        String body = portal.get("/search?q=security&country=NL&country=DE&standard=dmarc").body();
        assertThat(body).contains("Remove filter: </span><span class=\"chip-dim\">Country:</span> Netherlands",
                "Remove filter: </span><span class=\"chip-dim\">Country:</span> Germany",
                "<span class=\"chip-dim\">Standard:</span> DMARC",
                // removing NL keeps DE and the standard
                "href=\"/search?q=security&amp;country=DE&amp;standard=dmarc\"",
                "Clear all filters", "href=\"/search?q=security\"", "facet-link is-selected");
    }

    @Test
    void clauseModeShowsClauseRefAndHeading() {
        String body = portal.get("/search?q=DMARC&mode=clauses").body();
        assertThat(body).contains("Clause 2.1 · Email security", "aria-current=\"true\">Clauses</a>");
    }

    @Test
    void paginationLinksKeepStateAndMarkCurrentPage() {
        String body = portal.get("/search?country=SE&size=3&page=2").body();
        assertThat(body).contains("rel=\"prev\" href=\"/search?country=SE&amp;size=3\"",
                "rel=\"next\" href=\"/search?country=SE&amp;page=3&amp;size=3\"",
                "aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>");
    }

    @Test
    void emptyStateSuggestsRemovingFiltersAndDidYouMean() {
        String body = portal.get("/search?q=securty&country=NL").body();
        assertThat(body).contains("No documents match", "Did you mean <a href=\"/search?q=security&amp;country=NL\"",
                "removing the filter Country: Netherlands", "Search tips");
    }

    @Test
    void noticesFromTheServiceAreShown() {
        assertThat(portal.get("/search?q=%22security").body()).contains("unbalanced quotes");
    }

    @Test
    void largeModeIsKeptInEveryLink() {
        String body = portal.get("/search?q=security&large=1").body();
        assertThat(body).contains("<html lang=\"en\" class=\"large\">",
                "href=\"/search?q=security&amp;country=NL&amp;large=1\"",
                "href=\"/documents/nl-bio?q=security&amp;large=1#clause-2\"",
                "name=\"large\" value=\"1\"", ">Normal text</a>");
    }

    @Test
    void hostileTitleAndMetadataRenderInert() {
        String results = portal.get("/search?country=FR").body();
        String doc = portal.get("/documents/" + FakeDocuments.HOSTILE_ID).body();
        for (String body : new String[] {results, doc}) {
            assertThat(body).doesNotContain("<script>alert", "<img src=x", "<b onmouseover", "<i>1</i>")
                    .contains("&lt;script&gt;alert(");
        }
        assertThat(doc).contains("&lt;img src=x onerror=alert(");
    }

    @Test
    void documentPageHasMetadataAnswersTocAnchorsAndHighlights() {
        String body = portal.get("/documents/nl-bio?q=DMARC").body();
        assertThat(body).contains("<h1 id=\"doc-title\">Baseline Informatiebeveiliging Overheid</h1>",
                "<dt>Country</dt>", "Netherlands", "2019 <span class=\"inferred\">(inferred)</span>",
                "<dt>Licence</dt>", "CC0", "href=\"https://example.org/nl-bio\"",
                "href=\"/search?standard=dmarc\"", "id=\"clause-2\"", "href=\"#clause-2\"",
                "<mark>DMARC</mark>", "1 clause match", "href=\"/documents/nl-bio/original\"",
                "Q2. How many security provisions", "class=\"toc\"");
    }

    @Test
    void longFacetListsOfferMoreAndExpand() {
        String body = portal.get("/search?facetLimit=2").body();
        assertThat(body).contains("href=\"/search?facetLimit=2&amp;more=country\"", "Show 4 more");
        String expanded = portal.get("/search?facetLimit=2&more=country").body();
        assertThat(expanded).contains("Sweden", "United Kingdom");
    }

    @Test
    void resultsPageStaysSmall() {
        assertThat(portal.get("/search?q=security&size=100").body().length()).isLessThan(100_000);
    }

    @Test
    void staticAssetsAreFingerprintedAndLongCached() {
        String body = portal.get("/").body();
        String css = body.replaceAll("(?s).*href=\"(/static/portal\\.css\\?v=[0-9a-f]+)\".*", "$1");
        assertThat(css).startsWith("/static/portal.css?v=");
        HttpResponse<String> r = portal.get(css);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(portal.get("/static/portal.js").statusCode()).isEqualTo(200);
    }
}
