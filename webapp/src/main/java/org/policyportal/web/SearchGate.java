package org.policyportal.web;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.policyportal.search.Hit;
import org.policyportal.search.ResultWalk;
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
        return gated(() -> delegate.search(request), true);
    }

    /**
     * The ranking waits for a permit like a search and may be refused the same way. Each page of hits then waits
     * for a permit too, but is never refused: its response has begun, so a refusal could only cut the download
     * short. Writing a page out to the client holds no permit, so a slow download does not keep a search slot.
     */
    @Override
    public ResultWalk walk(SearchRequest request, int cap, int snippets) {
        ResultWalk walk = gated(() -> delegate.walk(request, cap, snippets), true);
        return new ResultWalk() {
            @Override
            public long total() {
                return walk.total();
            }

            @Override
            public List<String> notices() {
                return walk.notices();
            }

            @Override
            public List<Hit> next(int n) {
                return gated(() -> walk.next(n), false);
            }

            @Override
            public void close() {
                walk.close();
            }
        };
    }

    /** Runs {@code work} holding a permit; {@code mayRefuse}: answers 503 after {@code maxWait} without one. */
    private <T> T gated(Supplier<T> work, boolean mayRefuse) {
        boolean acquired = true;
        try {
            if (mayRefuse) {
                acquired = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } else {
                permits.acquire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, BUSY, Map.of());
        }
        if (!acquired) {
            throw new HttpResponseException(503, BUSY, Map.of("retryAfter", "1"));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
