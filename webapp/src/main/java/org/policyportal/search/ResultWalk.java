package org.policyportal.search;

import java.util.List;

/**
 * The best hits of one search up to a cap, handed out a page at a time: what exports stream. The whole ranking is
 * fixed when the walk starts, so every page comes from the same ranking and the same index generation, and the
 * total is known before the first hit is read.
 *
 * <p>Not thread-safe: one per request. {@link #close} releases what the walk holds (for the Lucene service, its
 * index generation); closing twice is harmless.
 */
public interface ResultWalk extends AutoCloseable {

    /** How many hits the search has in all, the cap aside. */
    long total();

    /** Notices from reading the query, as {@link SearchResult#notices()}, and a notice when ranking timed out. */
    List<String> notices();

    /** The next at most {@code n} hits in result order; empty once the cap or the hits are used up. */
    List<Hit> next(int n);

    @Override
    void close();

    /** A walk with no hits, only {@code notices}: no index yet, or a query too complex to run. */
    static ResultWalk empty(List<String> notices) {
        List<String> kept = List.copyOf(notices);
        return new ResultWalk() {
            @Override
            public long total() {
                return 0;
            }

            @Override
            public List<String> notices() {
                return kept;
            }

            @Override
            public List<Hit> next(int n) {
                return List.of();
            }

            @Override
            public void close() {
                // holds nothing
            }
        };
    }
}
