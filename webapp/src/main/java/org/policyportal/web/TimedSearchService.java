package org.policyportal.web;

import java.util.List;
import java.util.Optional;
import org.policyportal.search.DocumentView;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;
import org.policyportal.search.Suggestion;

/**
 * Decorator that times {@link #search} into {@link Metrics}; everything else is delegated unchanged. Closing it
 * does not close the delegate (the server never owns the service). Thread-safe if the delegate is.
 */
final class TimedSearchService implements SearchService {

    private final SearchService delegate;
    private final Metrics metrics;

    TimedSearchService(SearchService delegate, Metrics metrics) {
        this.delegate = delegate;
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

    @Override
    public Optional<DocumentView> document(String id, String query) {
        return delegate.document(id, query);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return delegate.suggest(prefix, limit);
    }

    @Override
    public IndexStats stats() {
        return delegate.stats();
    }

    @Override
    public void close() {
        // the server does not own the service
    }
}
