package org.policyportal.standards;

import java.util.List;

/** The three research questions answered for one document, with the clause ordinals that decided them. */
public record ResearchAnswers(boolean digitalFocus, List<Integer> digitalEvidence,
                              int securityClauseCount, List<Integer> securityEvidence,
                              boolean standardsInSecurity, List<String> securityStandards,
                              List<Integer> standardsEvidence) {

    public ResearchAnswers {
        digitalEvidence = List.copyOf(digitalEvidence);
        securityEvidence = List.copyOf(securityEvidence);
        securityStandards = List.copyOf(securityStandards);
        standardsEvidence = List.copyOf(standardsEvidence);
    }

    public static ResearchAnswers none() {
        return new ResearchAnswers(false, List.of(), 0, List.of(), false, List.of(), List.of());
    }
}
