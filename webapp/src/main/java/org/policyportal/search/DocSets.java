package org.policyportal.search;

import java.util.Arrays;

/**
 * Which value set each index document of one kind points to, for {@link FacetColumns}: a bit per index document
 * (set where the document is a row), the number of rows before each 64-document word, and the rows' set ids in
 * document order. A lookup is a bit test, a popcount and an array read.
 *
 * <p>Why not one array indexed by doc id: at 100,000 documents the parents are one index document in thirteen,
 * so such an array is 5.2 MB and the scattered parent hits of a query missed the processor caches (JFR with
 * exact line attribution: that one array read was 44 % of document-mode facet counting). Here the bits and the
 * per-word counts take 1/64 and 1/16 of a byte per index document and the rows' ids 2 bytes each (4 with more
 * than 65,535 sets): 0.5 MB for 100,000 parents among 1.3 million index documents.
 *
 * <p>Immutable once built; thread-safe.
 */
final class DocSets {

    private final long[] bits;
    /** Per 64-document word, the rows in the words before it. */
    private final int[] rowsBefore;
    /** Set ids in row order: {@code small} when every id fits a char, else {@code large}. */
    private final char[] small;
    private final int[] large;

    private DocSets(long[] bits, int[] rowsBefore, char[] small, int[] large) {
        this.bits = bits;
        this.rowsBefore = rowsBefore;
        this.small = small;
        this.large = large;
    }

    /** The value set of {@code doc}, -1 when it is not a row. */
    int setOf(int doc) {
        int w = doc >>> 6;
        long word = bits[w];
        long bit = 1L << doc;
        if ((word & bit) == 0) {
            return -1;
        }
        int row = rowsBefore[w] + Long.bitCount(word & (bit - 1));
        return small != null ? small[row] : large[row];
    }

    /** Number of rows. */
    int rows() {
        return small != null ? small.length : large.length;
    }

    /** Collects rows in ascending doc id order; not thread-safe (used while building only). */
    static final class Builder {
        private final long[] bits;
        private int[] ids = new int[1024];
        private int rows;
        private int last = -1;
        private int maxSet = -1;

        /** @param maxDoc the reader's doc id bound */
        Builder(int maxDoc) {
            this.bits = new long[Math.max(1, (maxDoc + 63) >>> 6)];
        }

        /** Makes {@code doc} (greater than any doc added before) a row pointing to {@code set} (non-negative). */
        void add(int doc, int set) {
            if (doc <= last || set < 0) {
                throw new IllegalArgumentException("rows must come in ascending doc order with a set: " + doc);
            }
            last = doc;
            bits[doc >>> 6] |= 1L << doc;
            if (rows == ids.length) {
                ids = Arrays.copyOf(ids, ids.length + (ids.length >> 1));
            }
            ids[rows++] = set;
            maxSet = Math.max(maxSet, set);
        }

        DocSets build() {
            int[] before = new int[bits.length];
            int n = 0;
            for (int w = 0; w < bits.length; w++) {
                before[w] = n;
                n += Long.bitCount(bits[w]);
            }
            if (maxSet <= Character.MAX_VALUE) {
                char[] c = new char[rows];
                for (int i = 0; i < rows; i++) {
                    c[i] = (char) ids[i];
                }
                return new DocSets(bits, before, c, null);
            }
            return new DocSets(bits, before, null, Arrays.copyOf(ids, rows));
        }
    }
}
