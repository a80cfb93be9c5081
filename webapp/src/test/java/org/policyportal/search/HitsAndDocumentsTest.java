package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyportal.document.PolicyDocument;

/** Hits, snippets, clause mode, document view, did-you-mean, suggestions and stats. */
class HitsAndDocumentsTest extends SearchFixture {

    @Test
    void documentHitsCarryMetadataAndBestClauses() {
        SearchResult r = search("DMARC reject");
        Hit hit = r.hits().getFirst();
        assertThat(hit.id()).isEqualTo("nl-mail");
        assertThat(hit.title()).isEqualTo("Mail security rules");
        assertThat(hit.countryName()).isEqualTo("Netherlands");
        assertThat(hit.url()).isEqualTo("/documents/nl-mail");
        assertThat(hit.clauseOrdinal()).isNull();
        assertThat(hit.standards()).containsExactly(new StandardRef("dmarc", "DMARC", "email"),
                new StandardRef("iso27001", "ISO/IEC 27001", "isms"));
        assertThat(hit.snippets()).extracting(Snippet::ordinal).containsExactly(1);
        Snippet s = hit.snippets().getFirst();
        assertThat(s.html()).isEqualTo("Suppliers must use <mark>DMARC</mark> with p=<mark>reject</mark>.");
        assertThat(s.ref()).isEqualTo("1.1");
        assertThat(s.url()).isEqualTo("/documents/nl-mail?q=DMARC%20reject#clause-1");
        assertThat(r.tookMs()).isNotNegative();
    }

    @Test
    void snippetsAreEscapedWithMarksIntact() {
        Snippet s = search("supplier tricks").hits().getFirst().snippets().getFirst();
        assertThat(s.ordinal()).isEqualTo(3);
        assertThat(s.html()).isEqualTo(
                "Beware &lt;script&gt;alert(1)&lt;/script&gt; <mark>supplier</mark> <mark>tricks</mark>.");
        Snippet script = search("script alert").hits().getFirst().snippets().getFirst();
        assertThat(script.html()).doesNotContain("<script").contains("&lt;<mark>script</mark>&gt;");
    }

    @Test
    void blankQueryShowsLeadingTextOfFirstClause() {
        SearchResult r = search("");
        Hit far = r.hits().stream().filter(h -> h.id().equals("us-far")).findFirst().orElseThrow();
        assertThat(far.snippets()).extracting(Snippet::ordinal, Snippet::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "/documents/us-far#clause-1"));
        assertThat(far.snippets().getFirst().html()).startsWith("Basic safeguarding").doesNotContain("<mark>");
    }

    @Test
    void titleOnlyMatchFallsBackToFirstClause() {
        Hit hit = search("title:mail").hits().getFirst();
        assertThat(hit.snippets()).extracting(Snippet::ordinal).containsExactly(1);
    }

    @Test
    void clauseModeReturnsClausesWithTheirDocument() {
        SearchResult r = clauses("DMARC");
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).extracting(Hit::id, Hit::clauseOrdinal, Hit::clauseRef, Hit::title, Hit::country)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("nl-mail", 1, "1.1", "Mail security rules", "NL"),
                        org.assertj.core.groups.Tuple.tuple("nl-inkoop", 2, "2.2", "Inkoopvoorwaarden ICT", "NL"));
        Hit mail = r.hits().stream().filter(h -> h.id().equals("nl-mail")).findFirst().orElseThrow();
        assertThat(mail.headingPath()).containsExactly("Email");
        assertThat(mail.standards()).extracting(StandardRef::id).containsExactly("dmarc");
        assertThat(mail.url()).isEqualTo("/documents/nl-mail?q=DMARC#clause-1");
        assertThat(mail.snippets()).hasSize(1);
        assertThat(r.facets().get("country")).extracting(FacetValue::count).containsExactly(2L);
    }

    @Test
    void clauseModeFacetsCountClauses() {
        SearchResult r = clauses("");
        assertThat(r.total()).isEqualTo(10);
        assertThat(r.facets().get("country").getFirst()).extracting(FacetValue::value, FacetValue::count)
                .containsExactly("NL", 5L);
    }

    @Test
    void didYouMeanOffersACorrectionThatFindsSomething() {
        SearchResult r = search("mial");
        assertThat(r.total()).isZero();
        assertThat(r.didYouMean()).isEqualTo("mail");
        assertThat(search("DMARC").didYouMean()).isNull();
        assertThat(search("zzzzqqq").didYouMean()).isNull();
    }

    @Test
    void documentViewListsClausesInOrderWithHighlights() {
        DocumentView v = service.document("nl-mail", "DMARC supplier").orElseThrow();
        assertThat(v.document().clauses()).extracting(c -> c.ordinal()).containsExactly(1, 2, 3);
        assertThat(v.document().metadata().title()).isEqualTo("Mail security rules");
        assertThat(v.highlighted()).containsExactly(
                "<mark>Suppliers</mark> must use <mark>DMARC</mark> with p=reject.",
                "The contractor shall comply with ISO/IEC 27001:2022 certification.",
                "Beware &lt;script&gt;alert(1)&lt;/script&gt; <mark>supplier</mark> tricks.");
        assertThat(v.matchOrdinals()).containsExactly(1, 3);
        assertThat(v.standards()).extracting(StandardRef::id).containsExactly("dmarc", "iso27001");
    }

    @Test
    void documentViewWithoutQueryIsPlainEscapedText() {
        DocumentView v = service.document("nl-mail", "").orElseThrow();
        assertThat(v.highlighted().get(2)).isEqualTo("Beware &lt;script&gt;alert(1)&lt;/script&gt; supplier tricks.");
        assertThat(v.matchOrdinals()).isEmpty();
        assertThat(service.document("missing", "x")).isEmpty();
    }

    @Test
    void aPolicyIsTheDocumentWithoutItsClauses() {
        PolicyDocument whole = service.document("nl-mail", "").orElseThrow().document();
        PolicyDocument policy = service.policy("nl-mail").orElseThrow();
        assertThat(whole.clauses()).isNotEmpty();
        assertThat(policy.clauses()).isEmpty();
        assertThat(policy).isEqualTo(new PolicyDocument(whole.id(), whole.path(), whole.format(), whole.contentType(),
                whole.sha256(), whole.sizeBytes(), whole.chars(), whole.truncated(), whole.indexedAt(),
                whole.metadata(), java.util.List.of(), whole.answers()));
        assertThat(service.policy("missing")).isEmpty();
        assertThat(service.policy(" ")).isEmpty();
    }

    @Test
    void suggestionsMatchWordStartsRankedByCount() {
        assertThat(service.suggest("dm", 10)).containsExactly(new Suggestion("standard", "dmarc", "DMARC", 2));
        assertThat(service.suggest("STAND", 10)).containsExactly(
                new Suggestion("issuingBody", "Forum Standaardisatie", "Forum Standaardisatie", 1));
        assertThat(service.suggest("iso", 10)).extracting(Suggestion::value).containsExactly("iso27001");
        assertThat(service.suggest("", 10)).isEmpty();
        assertThat(service.suggest("a", 1)).hasSize(1);
    }

    @Test
    void statsCountDocumentsAndClauses() {
        IndexStats stats = service.stats();
        assertThat(stats.generation()).isEqualTo("gen-000001");
        assertThat(stats.documents()).isEqualTo(6);
        assertThat(stats.clauses()).isEqualTo(10);
        assertThat(stats.publishedAt()).isNotNull();
        assertThat(stats.loadedAt()).isAfterOrEqualTo(stats.publishedAt().minusSeconds(1));
    }

    @Test
    void notices() {
        assertThat(search("\"dmarc").notices()).hasSize(1);
        assertThat(search("\"dmarc").total()).isEqualTo(2);
    }
}
