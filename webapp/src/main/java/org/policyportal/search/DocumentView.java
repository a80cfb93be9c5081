package org.policyportal.search;

import java.util.List;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;

/**
 * A document for the document page and {@code /api/documents/{id}}: its metadata and all or a window of its clauses.
 *
 * @param document      metadata and the clauses read (in ordinal order): all of them, or those of a
 *                      {@link ClauseWindow}
 * @param standards     the document's standards with labels
 * @param highlighted   per clause read (same order as {@code document.clauses()}): HTML-escaped text with
 *                      {@code <mark>} around the query's terms (plain escaped text when there is no query)
 * @param matchOrdinals ordinals of all clauses that match the query, read or not, for next/previous-hit navigation
 * @param ordinals      every clause's ordinal in order, read or not
 * @param from          the list position (in {@code ordinals}) of the first clause read
 */
public record DocumentView(PolicyDocument document, List<StandardRef> standards, List<String> highlighted,
                           List<Integer> matchOrdinals, List<Integer> ordinals, int from) {

    public DocumentView {
        standards = List.copyOf(standards);
        highlighted = List.copyOf(highlighted);
        matchOrdinals = List.copyOf(matchOrdinals);
        ordinals = List.copyOf(ordinals);
        if (from < 0 || from + document.clauses().size() > ordinals.size()) {
            throw new IllegalArgumentException("clauses " + from + " to " + (from + document.clauses().size())
                    + " of " + ordinals.size());
        }
    }

    /** A view holding all of the document's clauses. */
    public static DocumentView whole(PolicyDocument document, List<StandardRef> standards, List<String> highlighted,
                                     List<Integer> matchOrdinals) {
        List<Integer> ordinals = document.clauses().stream().map(Clause::ordinal).toList();
        return new DocumentView(document, standards, highlighted, matchOrdinals, ordinals, 0);
    }

    /** The clauses in the document, read or not. */
    public int clauseCount() {
        return ordinals.size();
    }

    /** This view with only the clauses of {@code range}, which is cut to the clauses held. */
    public DocumentView window(ClauseWindow.Range range) {
        ClauseWindow.Range r = new ClauseWindow.Range(Math.max(0, range.from() - from),
                Math.max(0, range.to() - from)).within(document.clauses().size());
        PolicyDocument cut = document.withClauses(document.clauses().subList(r.from(), r.to()));
        List<String> marks = highlighted.subList(Math.min(r.from(), highlighted.size()),
                Math.min(r.to(), highlighted.size()));
        return new DocumentView(cut, standards, marks, matchOrdinals, ordinals, from + r.from());
    }
}
