package org.policyportal.ingest;

import java.util.List;
import org.policyportal.document.Clause;
import org.policyportal.standards.ResearchAnswers;

/** An enricher that finds nothing; for indexing without standards detection. Thread-safe: stateless. */
public final class NoStandardsEnricher implements Enricher {

    @Override
    public List<Clause> enrich(List<Clause> clauses) {
        return clauses;
    }

    @Override
    public ResearchAnswers answer(List<Clause> enriched) {
        return ResearchAnswers.none();
    }
}
