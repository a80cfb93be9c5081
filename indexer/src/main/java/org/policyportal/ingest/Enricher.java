package org.policyportal.ingest;

import java.util.List;
import org.policyportal.document.Clause;
import org.policyportal.standards.ResearchAnswers;

/**
 * Adds what the standards detector finds to a document's clauses and answers the research questions.
 * Implementations must be thread-safe: all indexing threads share one.
 */
public interface Enricher {

    /** The clauses with mentions and security/digital flags set. */
    List<Clause> enrich(List<Clause> clauses);

    /** The research-question answers for already enriched clauses. */
    ResearchAnswers answer(List<Clause> enriched);
}
