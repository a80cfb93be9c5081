package org.policyportal.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The result of {@link QueryParser#parse}.
 *
 * @param query   the query to run (match-all when the input was blank); never null
 * @param relaxed the positive text and clause-level parts OR'ed, over clause content only (body fields,
 *                heading, ref), for choosing and highlighting snippets; null when there are none
 * @param notices user-facing notes about how malformed or truncated input was read
 * @param terms   positive plain words as written, for did-you-mean
 * @param text    the (possibly truncated) query text that was parsed
 * @param blank   the input had no searchable units
 * @param parentsOnly only parent documents can match {@code query} (a required part is document text, title or
 *                a joined clause reference), so document-mode search needs no document-type filter
 */
public record ParsedQuery(Query query, Query relaxed, List<String> notices, List<String> terms, String text,
                          boolean blank, boolean parentsOnly) {

    public ParsedQuery {
        notices = List.copyOf(notices);
        terms = List.copyOf(terms);
    }
}
