package org.policyportal.web;

import org.policyportal.search.QueryBudget;
import org.policyportal.search.ResultWalk;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;

/**
 * Decorator that times {@link #search} into {@link Metrics}; everything else is delegated unchanged. Closing it
 * does not close the delegate (the server never owns the service). Thread-safe if the delegate is.
 */
final class TimedSearchService extends ForwardingSearchService {

    private final Metrics metrics;

    TimedSearchService(SearchService delegate, Metrics metrics) {
        super(delegate);
        this.metrics = metrics;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        SearchResult result = delegate.search(request);
        SearchMode mode = request.mode() == null ? SearchMode.DOCUMENTS : request.mode();
        metrics.recordSearch(mode.name().toLowerCase(java.util.Locale.ROOT), result.partialResults(),
                System.nanoTime() - start);
        return result;
    }

    /** Times the walk's ranking as one search of its mode; reading its pages is not timed. */
    @Override
    public ResultWalk walk(SearchRequest request, int cap, int snippets) {
        long start = System.nanoTime();
        ResultWalk walk = delegate.walk(request, cap, snippets);
        SearchMode mode = request.mode() == null ? SearchMode.DOCUMENTS : request.mode();
        metrics.recordSearch(mode.name().toLowerCase(java.util.Locale.ROOT),
                walk.notices().contains(QueryBudget.TIMED_OUT), System.nanoTime() - start);
        return walk;
    }
}
