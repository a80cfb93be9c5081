package org.policyportal.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs {@code beforeEach} on the searching thread before each search is passed on, so a test can hold searches
 * back or record them. Walks and windowed documents are the interface's defaults, so a walk pages through these
 * searches. Shared by the search and web tests.
 */
public record HeldSearchService(SearchService delegate, Consumer<SearchRequest> beforeEach) implements SearchService {

    /** Searches take {@code delay} and signal {@code started} when one has begun. */
    public static HeldSearchService slow(SearchService delegate, Duration delay, CountDownLatch started) {
        return new HeldSearchService(delegate, request -> {
            started.countDown();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted mid-search", e);
            }
        });
    }

    @Override
    public SearchResult search(SearchRequest request) {
        beforeEach.accept(request);
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
