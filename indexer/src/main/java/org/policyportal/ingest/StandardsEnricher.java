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
    private final boolean standInsValid;

    public StandardsEnricher(StandardsRegistry registry) {
        this.detector = new StandardsDetector(registry);
        this.security = new SecurityClassifier();
        this.digital = new DigitalFocus();
        this.questions = new ResearchQuestions(security, digital);
        this.standInsValid = standInsHold();
    }

    @Override
    public List<Clause> enrich(List<Clause> clauses) {
        return clauses.stream().map(c -> {
            List<Mention> mentions = detector.detect(c.text());
            return c.withFindings(mentions, security.isSecurityProvision(c.text(), mentions), digital.isDigital(c.text()));
        }).toList();
    }

    /**
     * {@link ResearchQuestions#answer} looks at a clause's text only through {@link DigitalFocus#isDigital} and
     * {@link SecurityClassifier#isSecurityProvision}, and {@link #enrich} has already computed both into the clause's
     * flags. Re-running the two keyword regexes over every clause cost a quarter of all indexing CPU (JFR), so the
     * questions get a stand-in text per clause that yields exactly the stored flags: security is
     * {@code securityStandard(mentions) || keyword(text)}, and the stand-in has a security keyword iff the flag is
     * set. The stand-ins are checked once here; if the classifiers ever disagree with them the full texts are used.
     */
    private static final String NEITHER = "";
    private static final String DIGITAL_ONLY = "software";
    private static final String SECURITY_ONLY = "malware";
    private static final String BOTH = "software malware";

    private boolean standInsHold() {
        return !digital.isDigital(NEITHER) && !security.isSecurityProvision(NEITHER, List.of())
                && digital.isDigital(DIGITAL_ONLY) && !security.isSecurityProvision(DIGITAL_ONLY, List.of())
                && !digital.isDigital(SECURITY_ONLY) && security.isSecurityProvision(SECURITY_ONLY, List.of())
                && digital.isDigital(BOTH) && security.isSecurityProvision(BOTH, List.of());
    }

    @Override
    public ResearchAnswers answer(List<Clause> enriched) {
        if (!standInsValid) {
            return questions.answer(enriched.stream()
                    .map(c -> new ClauseFindings(c.ordinal(), c.text(), c.mentions())).toList());
        }
        return questions.answer(enriched.stream()
                .map(c -> new ClauseFindings(c.ordinal(), standIn(c), c.mentions())).toList());
    }

    private static String standIn(Clause c) {
        return c.digital() ? (c.security() ? BOTH : DIGITAL_ONLY) : (c.security() ? SECURITY_ONLY : NEITHER);
    }
}
