package org.policyportal.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.policyportal.search.DocumentView;
import org.policyportal.search.IndexStats;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;
import org.policyportal.search.Suggestion;

/** Searches take {@code delay} and signal when one has started. */
record SlowSearchService(SearchService delegate, Duration delay, CountDownLatch started) implements SearchService {
    @Override
    public SearchResult search(SearchRequest request) {
        started.countDown();
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted mid-search", e);
        }
        return delegate.search(request);
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
        delegate.close();
    }
}
