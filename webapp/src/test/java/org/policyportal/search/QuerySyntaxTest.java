package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The query language end to end against the test corpus. */
class QuerySyntaxTest extends SearchFixture {

    @Test
    void allWordsMustMatchByDefault() {
        assertThat(ids("DMARC reject")).containsExactly("nl-mail");
        assertThat(ids("DMARC")).containsExactly("nl-inkoop", "nl-mail");
    }

    @Test
    void phrasesKeepWordOrder() {
        assertThat(ids("\"cloud procurement\"")).containsExactly("us-far");
        assertThat(ids("\"procurement cloud\"")).isEmpty();
    }

    @Test
    void orJoinsAdjacentTerms() {
        assertThat(ids("DMARC OR fournisseur")).containsExactly("fr-anssi", "nl-inkoop", "nl-mail");
        assertThat(ids("(reject OR leverancier) DMARC")).containsExactly("nl-inkoop", "nl-mail");
    }

    @Test
    void minusExcludesTermsAndPhrases() {
        assertThat(ids("DMARC -leverancier")).containsExactly("nl-mail");
        assertThat(ids("DMARC -\"p=reject\"")).containsExactly("nl-inkoop");
        assertThat(ids("-DMARC")).containsExactly("de-bsi", "es-ccn", "fr-anssi", "us-far");
    }

    @Test
    void fieldQueries() {
        assertThat(ids("country:Netherlands")).containsExactly("nl-inkoop", "nl-mail");
        assertThat(ids("country:nl DMARC reject")).containsExactly("nl-mail");
        assertThat(ids("country:\"United States\"")).containsExactly("us-far");
        assertThat(ids("title:mail")).containsExactly("nl-mail");
        assertThat(ids("title:\"security rules\"")).containsExactly("nl-mail");
        assertThat(ids("body:GSA")).containsExactly("us-far");
        assertThat(ids("body:\"forum standaardisatie\"")).containsExactly("nl-mail");
        assertThat(ids("standard:dmarc")).containsExactly("nl-inkoop", "nl-mail");
        assertThat(ids("year:2019")).containsExactly("us-far");
        assertThat(ids("year:2019..2021")).containsExactly("de-bsi", "nl-mail", "us-far");
        assertThat(ids("language:Dutch")).containsExactly("nl-inkoop");
        assertThat(ids("language:fr")).containsExactly("fr-anssi");
        assertThat(ids("ref:52.204-21")).containsExactly("us-far");
        assertThat(clauses("ref:52.204-21").hits()).extracting(Hit::clauseOrdinal).containsExactly(1);
    }

    @Test
    void clausesMatchTheirDocumentsTitleAndIssuingBodyThroughTheirDocument() {
        assertThat(clauses("title:mail").hits()).extracting(h -> h.id() + "#" + h.clauseOrdinal())
                .containsExactlyInAnyOrder("nl-mail#1", "nl-mail#2", "nl-mail#3");
        assertThat(clauses("body:GSA").hits()).extracting(h -> h.id() + "#" + h.clauseOrdinal())
                .containsExactlyInAnyOrder("us-far#1", "us-far#2");
        // "rules" is in nl-mail's title only; "DMARC" in its first clause (and in a clause of nl-inkoop)
        assertThat(clauses("rules").total()).isEqualTo(3);
        assertThat(clauses("rules DMARC").hits()).extracting(h -> h.id() + "#" + h.clauseOrdinal())
                .containsExactly("nl-mail#1");
        assertThat(clauses("DMARC").hits()).extracting(h -> h.id() + "#" + h.clauseOrdinal())
                .containsExactlyInAnyOrder("nl-mail#1", "nl-inkoop#2");
    }

    @Test
    void unknownFieldValuesMatchNothingWithANotice() {
        SearchResult r = search("country:Atlantis");
        assertThat(r.total()).isZero();
        assertThat(r.notices()).containsExactly("Unknown country 'Atlantis'.");
    }

    @Test
    void prefixSearch() {
        assertThat(ids("safeguard*")).containsExactly("us-far");
        assertThat(ids("certif*")).containsExactly("nl-mail");
        assertThat(ids("leveranciers*")).containsExactly("nl-inkoop");
        assertThat(ids("fournis*")).containsExactly("fr-anssi");
        SearchResult shortPrefix = search("s*");
        assertThat(shortPrefix.notices()).hasSize(1);
    }

    @Test
    void identifiersAreFoundAsWritten() {
        assertThat(ids("52.204-21")).containsExactly("us-far");
        assertThat(ids("ISO/IEC 27001:2022")).containsExactly("nl-mail");
        assertThat(ids("SP 800-171")).containsExactly("us-far");
        assertThat(ids("ISO/IEC 27002:2022")).isEmpty();
        assertThat(ids("52.204-22")).containsExactly("us-far");
        assertThat(ids("52.204-23")).isEmpty();
    }

    @Test
    void eachLanguageMatchesInflections() {
        assertThat(ids("supplier")).containsExactly("nl-mail");
        assertThat(ids("leveranciers")).containsExactly("nl-inkoop");
        assertThat(ids("Sicherheitsupdate")).containsExactly("de-bsi");
        assertThat(ids("fournisseur")).containsExactly("fr-anssi");
        assertThat(ids("proveedor")).containsExactly("es-ccn");
        assertThat(ids("securite")).containsExactly("fr-anssi");
    }

    @Test
    void stopWordsOfSomeLanguageDoNotBlockMatches() {
        assertThat(ids("the contractor")).containsExactly("nl-mail", "us-far");
    }
}
