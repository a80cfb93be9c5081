package org.policyportal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The per-segment states and statistics of recently searched terms in one index generation, handed to the
 * {@link TermQuery}s of a query so that building its weight looks nothing up.
 *
 * <p>Why: every search builds weights several times (the counting pass, the page, the snippet choice, the
 * highlighter), and each build looks every term of every language field up in every segment's terms dictionary
 * (JFR, 100,000 documents: 9-13 % of search CPU in weight building), although the same words recur across searches.
 * The states belong to this generation's reader; a new generation gets a new cache, so nothing stale is served.
 *
 * <p>Thread-safe: the cache is, and states built with statistics are read-only.
 */
final class TermStatesCache {

    /**
     * Terms kept. A term's states hold one entry per segment: an estimated 0.5 KB at the 100,000-document index's 7
     * segments (not measured), so some 5 MB per generation at most; a workshop's searches use far fewer terms.
     */
    static final int TERMS_KEPT = 10_000;

    private final IndexSearcher searcher;
    private final Cache<Term, TermStates> states = Caffeine.newBuilder().maximumSize(TERMS_KEPT).build();

    /** @param searcher a searcher of the generation's reader (states are checked against its top reader context) */
    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * {@code query} with each term query, inside boolean and boost queries, carrying its cached states; the query
     * itself where there is none. Matches and scores are unchanged: the states are what the weight would build.
     */
    Query apply(Query query) {
        return TermQueryWalk.map(query,
                t -> t.getTermStates() != null ? t : new TermQuery(t.getTerm(), states(t.getTerm())));
    }

    private TermStates states(Term term) {
        return states.get(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException("looking up " + t + " failed", e);
            }
        });
    }
}
