package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document page shows a long document 400 clauses at a time, and links across its parts. */
class LongDocumentPageTest {

    @TempDir
    static Path corpus;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = new TestPortal(new FakeSearchService(List.of(LongDocument.document()), true), corpus);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String page(String query) {
        HttpResponse<String> r = portal.get("/documents/" + LongDocument.ID + query);
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return r.body();
    }

    private static List<Integer> clauseIds(String body) {
        Matcher m = Pattern.compile("<section class=\"clause[^\"]*\" id=\"clause-(\\d+)\"").matcher(body);
        List<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void theFirstPartHoldsFourHundredClausesAndNamesEveryPart() {
        String body = page("");
        List<Integer> ids = clauseIds(body);
        assertThat(ids).hasSize(400);
        assertThat(ids.getFirst()).isEqualTo(1);
        assertThat(ids.getLast()).isEqualTo(400);
        assertThat(body).contains("1000 clauses, shown 400 at a time: this part holds clauses 1–400.",
                "<a href=\"/documents/long-catalogue?part=1\" aria-current=\"page\">1–400</a>",
                "<a href=\"/documents/long-catalogue?part=2\">401–800</a>",
                "<a href=\"/documents/long-catalogue?part=3\">801–1000</a>",
                // the security evidence (clause 950) is in the third part
                "<a href=\"/documents/long-catalogue?clause=950#clause-950\">clause 950</a>");
        assertThat(body).doesNotContain("id=\"clause-401\"");
    }

    @Test
    void aPartOrAClauseChoosesWhatIsShown() {
        assertThat(clauseIds(page("?part=2"))).first().isEqualTo(401);
        List<Integer> third = clauseIds(page("?clause=950"));
        assertThat(third).hasSize(200).contains(950);
        assertThat(third.getFirst()).isEqualTo(801);
        assertThat(page("?clause=950")).contains("<a href=\"#clause-950\">clause 950</a>");
        // a clause past the end (a stale link) shows the last part
        assertThat(clauseIds(page("?clause=5000")).getLast()).isEqualTo(1000);
    }

    @Test
    void matchLinksCrossPartsAndKeepTheQueryAndProjectorMode() {
        String body = page("?q=encryption");
        assertThat(body).contains("3 clauses match “encryption”.", "href=\"#clause-10\" class=\"first-match\"",
                "href=\"/documents/long-catalogue?q=encryption&amp;clause=500#clause-500\" class=\"next-match\"");
        String second = page("?q=encryption&part=2&large=1");
        assertThat(second).contains(
                "href=\"/documents/long-catalogue?q=encryption&amp;clause=10&amp;large=1#clause-10\" class=\"prev-match\"",
                "href=\"/documents/long-catalogue?q=encryption&amp;clause=950&amp;large=1#clause-950\" class=\"next-match\"",
                "<a href=\"/documents/long-catalogue?q=encryption&amp;part=3&amp;large=1\">801–1000</a>");
    }

    @Test
    void aPartThatDoesNotExistOrABadNumberIs400() {
        for (String q : List.of("?part=0", "?part=4", "?part=two", "?clause=0", "?clause=x")) {
            HttpResponse<String> r = portal.get("/documents/" + LongDocument.ID + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(r.body()).as(q).containsAnyOf("part must be between 1 and 3", "clause must be",
                    "must be a whole number").doesNotContain("Exception");
        }
    }
}
