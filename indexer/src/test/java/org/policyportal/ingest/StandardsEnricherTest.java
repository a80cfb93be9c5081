package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyportal.document.Clause;
import org.policyportal.standards.ClauseFindings;
import org.policyportal.standards.DigitalFocus;
import org.policyportal.standards.ResearchQuestions;
import org.policyportal.standards.SecurityClassifier;
import org.policyportal.standards.StandardsRegistry;

/** The enricher answers the research questions from the clause flags; the answers must equal the full-text ones. */
class StandardsEnricherTest {

    private final StandardsEnricher enricher = new StandardsEnricher(StandardsRegistry.loadDefault());
    private final ResearchQuestions fullText = new ResearchQuestions(new SecurityClassifier(), new DigitalFocus());

    @Test
    void answersFromFlagsEqualAnswersFromFullText() throws IOException {
        List<List<String>> documents = new ArrayList<>();
        documents.add(List.of(
                "The supplier must support DNSSEC and IPv6 on every public website.",
                "Social security contributions are paid monthly.",
                "Bid security of 5 % is required.",
                "Systems must use TLS 1.3 and multi-factor authentication (MFA).",
                "Mfa is a word here, not the acronym.",
                "The contractor shall report every incident within 24 hours.",
                "Delivery of chairs and desks to the office.",
                "Les données sont chiffrées; la sécurité sociale n'est pas concernée.",
                "Die Informationssicherheit nach ISO/IEC 27001 ist nachzuweisen.",
                "De leverancier moet de beveiliging van persoonsgegevens waarborgen.",
                "ISO 9001 quality management applies.",
                "The cloud service provider hosts the software.",
                ""));
        try (Stream<Path> files = Files.walk(Path.of("../corpus/src"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                documents.add(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        assertThat(documents).hasSizeGreaterThan(5);
        for (List<String> texts : documents) {
            List<Clause> clauses = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                clauses.add(Clause.of(i, null, List.of(), texts.get(i)));
            }
            List<Clause> enriched = enricher.enrich(clauses);
            var expected = fullText.answer(enriched.stream()
                    .map(c -> new ClauseFindings(c.ordinal(), c.text(), c.mentions())).toList());
            assertThat(enricher.answer(enriched)).isEqualTo(expected);
        }
    }
}
