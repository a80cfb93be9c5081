package org.policyportal.standards;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResearchQuestionsTest {

    private static final StandardsDetector DET = new StandardsDetector(StandardsRegistry.loadDefault());
    private final ResearchQuestions rq = new ResearchQuestions(new SecurityClassifier(), new DigitalFocus());

    private static List<ClauseFindings> doc(String... clauses) {
        List<ClauseFindings> out = new ArrayList<>();
        for (int i = 0; i < clauses.length; i++) {
            out.add(new ClauseFindings(i + 1, clauses[i], DET.detect(clauses[i])));
        }
        return out;
    }

    @Test
    void emptyDocumentGivesNone() {
        assertThat(rq.answer(List.of())).isEqualTo(ResearchAnswers.none());
        assertThat(rq.answer(null)).isEqualTo(ResearchAnswers.none());
        ResearchAnswers n = ResearchAnswers.none();
        assertThat(n.digitalFocus()).isFalse();
        assertThat(n.securityClauseCount()).isZero();
        assertThat(n.securityStandards()).isEmpty();
    }

    @Test
    void digitalSecurityDocumentWithStandards() {
        ResearchAnswers a = rq.answer(doc(
                "Scope: the supplier operates the municipal website and e-mail service.",
                "The software is hosted in the cloud.",
                "Data in transit shall be protected with TLS 1.2 and mail domains shall publish DMARC.",
                "Security incidents must be reported within 24 hours.",
                "Invoices are paid within 30 days.",
                "The supplier shall hold ISO/IEC 27001:2022 certification."));
        assertThat(a.digitalFocus()).isTrue();
        assertThat(a.digitalEvidence()).containsExactly(1, 2, 3);
        assertThat(a.securityClauseCount()).isEqualTo(3);
        assertThat(a.securityEvidence()).containsExactly(3, 4, 6);
        assertThat(a.standardsInSecurity()).isTrue();
        assertThat(a.securityStandards()).containsExactly("dmarc", "iso-27001", "tls");
        assertThat(a.standardsEvidence()).containsExactly(3, 6);
    }

    @Test
    void singleWebsiteMentionIsNotDigitalFocus() {
        List<String> clauses = new ArrayList<>();
        clauses.add("Tender documents are published on the website.");
        for (int i = 0; i < 30; i++) {
            clauses.add("Clause " + i + ": the furniture shall be delivered to the town hall in good condition.");
        }
        ResearchAnswers a = rq.answer(doc(clauses.toArray(String[]::new)));
        assertThat(a.digitalFocus()).isFalse();
        assertThat(a.digitalEvidence()).isEmpty();
        assertThat(a.securityClauseCount()).isZero();
        assertThat(a.standardsInSecurity()).isFalse();
    }

    @Test
    void securityWithoutStandards() {
        ResearchAnswers a = rq.answer(doc("Staff must follow the security policy.", "Chairs are delivered in May."));
        assertThat(a.securityClauseCount()).isEqualTo(1);
        assertThat(a.standardsInSecurity()).isFalse();
        assertThat(a.securityStandards()).isEmpty();
    }

    @Test
    void evidenceIsCapped() {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            clauses.add("Network security clause " + i + " requires DNSSEC on the domain.");
        }
        ResearchAnswers a = rq.answer(doc(clauses.toArray(String[]::new)));
        assertThat(a.securityClauseCount()).isEqualTo(80);
        assertThat(a.securityEvidence()).hasSize(50);
        assertThat(a.standardsEvidence()).hasSize(50);
        assertThat(a.digitalEvidence()).hasSize(10);
        assertThat(a.digitalFocus()).isTrue();
    }

    @Test
    void clausesNamingInternetStandardsCountAsDigital() {
        ResearchAnswers a = rq.answer(doc(
                "Mail domains shall publish DMARC with p=reject.",
                "Zones shall be signed with DNSSEC.",
                "DKIM signing is required.",
                "Chairs are delivered in May."));
        assertThat(a.digitalFocus()).isTrue();
        assertThat(a.digitalEvidence()).containsExactly(1, 2, 3);
    }

    @Test
    void thresholds() {
        assertThat(ResearchQuestions.isDigitalFocus(2, 4)).isFalse();
        assertThat(ResearchQuestions.isDigitalFocus(3, 20)).isTrue();
        assertThat(ResearchQuestions.isDigitalFocus(3, 200)).isFalse();
        assertThat(ResearchQuestions.isDigitalFocus(25, 5000)).isTrue();
    }
}
