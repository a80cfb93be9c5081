package org.policyportal.search;

import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Replaces the term queries of a query tree, inside boolean and boost queries; other queries are left as they are.
 * A boolean or boost query is rebuilt only when something inside it changed, so a query whose terms all map to
 * themselves comes back as the same instance. Thread-safe: stateless.
 */
final class TermQueryWalk {

    private TermQueryWalk() {
    }

    /** {@code query} with each term query {@code t} (inside boolean and boost queries) replaced by {@code f(t)}. */
    static Query map(Query query, Function<TermQuery, Query> f) {
        if (query instanceof TermQuery t) {
            return f.apply(t);
        }
        if (query instanceof BoostQuery b) {
            Query inner = map(b.getQuery(), f);
            return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder out = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bq.clauses()) {
                Query q = map(c.query(), f);
                changed |= q != c.query();
                out.add(q, c.occur());
            }
            return changed ? out.build() : bq;
        }
        return query;
    }
}
