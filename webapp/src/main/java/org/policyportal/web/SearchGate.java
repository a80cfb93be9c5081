package org.policyportal.web;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;

/**
 * Decorator that lets at most {@code permits} searches run at once; the others wait up to {@code maxWait} in
 * arrival order and are then refused with 503 and {@code Retry-After: 1}. Under overload this keeps the CPUs
 * working on a few searches (which then finish within their time limit) instead of thrashing over all of them.
 * Document pages, suggestions and stats are not gated. Closing it does not close the delegate. Thread-safe.
 */
final class SearchGate extends ForwardingSearchService {

    static final String BUSY = "The portal is busy. Please try again in a moment.";

    private final Semaphore permits;
    private final Duration maxWait;

    SearchGate(SearchService delegate, int permits, Duration maxWait) {
        super(delegate);
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be 1 or more");
        }
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, BUSY, Map.of());
        }
        if (!acquired) {
            throw new HttpResponseException(503, BUSY, Map.of("retryAfter", "1"));
        }
        try {
            return delegate.search(request);
        } finally {
            permits.release();
        }
    }




}
