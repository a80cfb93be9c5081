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
 * @param kindOnly only documents of the kind searched can match {@code query}: a required part is text, a
 *                title or a clause reference, whose fields only that kind has (parents' text and title, and
 *                references joined up to parents, in document mode; clause text, headings and references, and
 *                the document's title joined down to its clauses, in clause mode), so the search needs no
 *                document-type filter
 */
public record ParsedQuery(Query query, Query relaxed, List<String> notices, List<String> terms, String text,
                          boolean blank, boolean kindOnly) {

    public ParsedQuery {
        notices = List.copyOf(notices);
        terms = List.copyOf(terms);
    }

    /** This query with {@code query} and {@code relaxed} replaced by the given equivalents. */
    ParsedQuery withQueries(Query query, Query relaxed) {
        return new ParsedQuery(query, relaxed, notices, terms, text, blank, kindOnly);
    }
}
