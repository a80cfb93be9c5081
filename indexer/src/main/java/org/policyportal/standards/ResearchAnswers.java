package org.policyportal.standards;

import java.util.List;

/**
 * Document-level answers to the three IS3C research questions.
 *
 * @param digitalFocus         Q1: the document addresses internet/ICT/digital communication more than in passing
 * @param digitalEvidence      up to 10 clause ordinals that decided Q1
 * @param securityClauseCount  Q2: number of security provisions
 * @param securityEvidence     ordinals of the security provisions (at most 50)
 * @param standardsInSecurity  Q3: at least one security provision names a standard
 * @param securityStandards    distinct standard ids named in security provisions, sorted
 * @param standardsEvidence    ordinals of security provisions that name a standard (at most 50)
 */
public record ResearchAnswers(boolean digitalFocus, List<Integer> digitalEvidence, int securityClauseCount,
                              List<Integer> securityEvidence, boolean standardsInSecurity,
                              List<String> securityStandards, List<Integer> standardsEvidence) {

    public ResearchAnswers {
        digitalEvidence = digitalEvidence == null ? List.of() : List.copyOf(digitalEvidence);
        securityEvidence = securityEvidence == null ? List.of() : List.copyOf(securityEvidence);
        securityStandards = securityStandards == null ? List.of() : List.copyOf(securityStandards);
        standardsEvidence = standardsEvidence == null ? List.of() : List.copyOf(standardsEvidence);
    }

    private static final ResearchAnswers NONE =
            new ResearchAnswers(false, List.of(), 0, List.of(), false, List.of(), List.of());

    /** All-negative answers, e.g. for documents without clauses. */
    public static ResearchAnswers none() {
        return NONE;
    }
}
