package org.policyportal.search;

import java.util.List;
import org.policyportal.document.PolicyDocument;

/**
 * A document with all its clauses, for the document page and {@code /api/documents/{id}}.
 *
 * @param document      metadata and clauses (clauses in ordinal order)
 * @param standards     the document's standards with labels
 * @param highlighted   per clause (same order as {@code document.clauses()}): HTML-escaped text with {@code <mark>}
 *                      around the query's terms (plain escaped text when there is no query)
 * @param matchOrdinals ordinals of clauses that match the query, for next/previous-hit navigation
 */
public record DocumentView(PolicyDocument document, List<StandardRef> standards, List<String> highlighted,
                           List<Integer> matchOrdinals) {

    public DocumentView {
        standards = List.copyOf(standards);
        highlighted = List.copyOf(highlighted);
        matchOrdinals = List.copyOf(matchOrdinals);
    }
}
