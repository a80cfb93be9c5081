package org.policyportal.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides whether a search may spread over every processor: only when no other search is running and none has run
 * beside another within the last {@code quiet} window.
 *
 * <p>Why the window: "no other search running right now" alone let a search split whenever the other clients were
 * between requests. At two steady clients on two processors that happened often enough for the split searches'
 * extra CPU (a second pass, each slice's collectors) to cost more than it gained: on the 100,000-document index
 * (2026-11-29), 503-710 requests/s with splitting against 700-764 with every search on one thread. A lone user
 * (a workshop between questions) never overlaps, so keeps the split's lower latency.
 *
 * <p>Contract: each {@link #start()} is paired with one {@link #end()}. Thread-safe: lock-free.
 */
final class LoneSearches {

    /** Long enough to span many requests of steady concurrent clients, short enough to notice a lone user. */
    static final Duration DEFAULT_QUIET = Duration.ofSeconds(1);

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastOverlap;
    private final long quietNanos;
    private final LongSupplier clock;

    /** @param clock nanoseconds, monotonic ({@link System#nanoTime} outside tests) */
    LoneSearches(Duration quiet, LongSupplier clock) {
        this.quietNanos = quiet.toNanos();
        this.clock = clock;
        this.lastOverlap = new AtomicLong(clock.getAsLong() - quietNanos);
    }

    static LoneSearches withDefaults() {
        return new LoneSearches(DEFAULT_QUIET, System::nanoTime);
    }

    /** Registers a search that starts now; true when it may use every processor. */
    boolean start() {
        long now = clock.getAsLong();
        if (running.getAndIncrement() > 0) {
            lastOverlap.set(now);
            return false;
        }
        return now - lastOverlap.get() >= quietNanos;
    }

    /** Registers the end of a search {@link #start() started} earlier. */
    void end() {
        running.decrementAndGet();
    }
}
