package org.policyportal.search;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The work one search may do beyond what {@link QueryParser} and {@link SearchLimits} already bound (query length,
 * units, prefix count and expansion, page depth and size): a wall-clock limit after which Lucene stops collecting
 * and the result is marked partial, and a cap on the leaf clauses of the parsed query. Immutable and thread-safe;
 * {@link #newTimeout()} hands out a fresh per-request deadline.
 *
 * @param timeout    time allowed for collecting hits and facets; {@link Duration#ZERO} means no limit
 * @param maxClauses leaf clauses (terms of term, phrase and expanded multi-term queries) a query may have
 */
public record QueryBudget(Duration timeout, int maxClauses) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    public static final String TIMED_OUT = "The search took too long and was stopped early: the results and counts"
            + " may be incomplete. Add words or filters to narrow it.";
    public static final String TOO_COMPLEX = "Your query expands to too many terms to search. Use fewer words,"
            + " prefixes (*) or identifiers.";

    public QueryBudget {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        if (maxClauses < 1) {
            throw new IllegalArgumentException("maxClauses must be 1 or more");
        }
    }

    /** One second per search and Lucene's clause limit. */
    public static QueryBudget defaults() {
        return of(DEFAULT_TIMEOUT);
    }

    /** {@code timeout} per search ({@link Duration#ZERO}: unlimited) and Lucene's clause limit. */
    public static QueryBudget of(Duration timeout) {
        return new QueryBudget(timeout, IndexSearcher.getMaxClauseCount());
    }

    /** A deadline starting now, or null when there is no time limit. */
    QueryTimeout newTimeout() {
        if (timeout.isZero()) {
            return null;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        return () -> System.nanoTime() - deadline >= 0;
    }

    /** True when {@code query} has more leaf clauses than allowed. */
    boolean tooComplex(Query query) {
        return clauses(query) > maxClauses;
    }

    /** Leaf clauses of {@code query} counted the way Lucene's own clause check counts them (before rewriting). */
    static int clauses(Query query) {
        ClauseCounter counter = new ClauseCounter();
        query.visit(counter);
        return counter.count;
    }

    /** Not thread-safe: one per count. */
    private static final class ClauseCounter extends QueryVisitor {
        private int count;

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            count += terms.length;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            count++;
        }

        @Override
        public void visitLeaf(Query query) {
            count++;
        }
    }
}
