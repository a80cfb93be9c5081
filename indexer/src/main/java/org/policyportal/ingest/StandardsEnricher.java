package org.policyportal.ingest;

import java.util.List;
import org.policyportal.document.Clause;
import org.policyportal.standards.ClauseFindings;
import org.policyportal.standards.DigitalFocus;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.ResearchQuestions;
import org.policyportal.standards.SecurityClassifier;
import org.policyportal.standards.StandardsDetector;
import org.policyportal.standards.StandardsRegistry;

/**
 * Runs the standards detector and the clause classifiers on every clause, then answers the research questions.
 *
 * <p>Thread-safe: the detector and classifiers are immutable.
 */
public final class StandardsEnricher implements Enricher {

    private final StandardsDetector detector;
    private final SecurityClassifier security;
    private final DigitalFocus digital;
    private final ResearchQuestions questions;

    public StandardsEnricher(StandardsRegistry registry) {
        this.detector = new StandardsDetector(registry);
        this.security = new SecurityClassifier();
        this.digital = new DigitalFocus();
        this.questions = new ResearchQuestions(security, digital);
    }

    @Override
    public List<Clause> enrich(List<Clause> clauses) {
        return clauses.stream().map(c -> {
            List<Mention> mentions = detector.detect(c.text());
            return c.withFindings(mentions, security.isSecurityProvision(c.text(), mentions), digital.isDigital(c.text()));
        }).toList();
    }

    @Override
    public ResearchAnswers answer(List<Clause> enriched) {
        return questions.answer(enriched.stream()
                .map(c -> new ClauseFindings(c.ordinal(), c.text(), c.mentions())).toList());
    }
}
