package org.policyportal.search;

import java.util.List;

/**
 * Which of a document's clauses {@link SearchService#document(String, String, ClauseWindow)} reads and highlights:
 * given the numbers (ordinals) of all its clauses in order, a range of list positions. The document page shows a
 * long document one part at a time and needs the text of that part only.
 *
 * <p>Implementations are called once per request, on the requesting thread.
 */
@FunctionalInterface
public interface ClauseWindow {

    /** @param ordinals every clause's number, in document order */
    Range choose(List<Integer> ordinals);

    /** Every clause. */
    static ClauseWindow all() {
        return ordinals -> new Range(0, ordinals.size());
    }

    /**
     * List positions {@code from} (inclusive) to {@code to} (exclusive).
     */
    record Range(int from, int to) {

        public Range {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("no clause range " + from + " to " + to);
            }
        }

        /** This range cut to a list of {@code size}. */
        Range within(int size) {
            int f = Math.min(from, size);
            return new Range(f, Math.max(f, Math.min(to, size)));
        }
    }
}
