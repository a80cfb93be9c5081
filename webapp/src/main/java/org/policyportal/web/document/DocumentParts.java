package org.policyportal.web.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The document page's parts: a document with more than {@link #SIZE} clauses is shown {@link #SIZE} clauses at a
 * time. Why: corpus-real's largest catalogue (16,317 clauses) made a 23 MB page that took 0.6-1.6 s to render and
 * far longer for a phone to lay out; 68 of its 1,642 documents have more than 400 clauses.
 *
 * @param clauseCount clauses in the document
 * @param current     the part shown, 0-based
 *
 * <p>Immutable; thread-safe.
 */
record DocumentParts(int clauseCount, int current) {

    static final int SIZE = 400;

    DocumentParts {
        if (clauseCount < 0 || current < 0 || current >= Math.max(1, count(clauseCount))) {
            throw new IllegalArgumentException("no part " + current + " of " + clauseCount + " clauses");
        }
    }

    /** The number of parts a document of {@code clauseCount} clauses has (at least 1). */
    static int count(int clauseCount) {
        return Math.max(1, (clauseCount + SIZE - 1) / SIZE);
    }

    /** The part holding the clause at list position {@code index}; positions past the end fall in the last part. */
    static DocumentParts holding(int clauseCount, int index) {
        return new DocumentParts(clauseCount, Math.min(Math.max(0, index) / SIZE, count(clauseCount) - 1));
    }

    int count() {
        return count(clauseCount);
    }

    /** First list position shown, inclusive. */
    int from() {
        return current * SIZE;
    }

    /** Last list position shown, exclusive. */
    int to() {
        return Math.min(from() + SIZE, clauseCount);
    }

    boolean shows(int index) {
        return index >= from() && index < to();
    }

    /** One entry per part, for the parts navigation; empty when the document is shown whole. */
    List<Part> parts() {
        List<Part> out = new ArrayList<>();
        if (count() > 1) {
            for (int p = 0; p < count(); p++) {
                out.add(new Part(p + 1, p * SIZE + 1, Math.min((p + 1) * SIZE, clauseCount), p == current));
            }
        }
        return out;
    }

    /**
     * One part in the navigation.
     *
     * @param number  1-based, as in {@code ?part=}
     * @param first   1-based position of its first clause
     * @param last    1-based position of its last clause
     * @param current the part shown
     */
    record Part(int number, int first, int last, boolean current) {
    }
}
