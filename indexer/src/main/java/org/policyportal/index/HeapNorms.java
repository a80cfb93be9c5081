package org.policyportal.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One field's norms in one segment, copied onto the heap: a byte per index document and a bit set of the documents
 * that have a norm (about 1.1 bytes per index document).
 *
 * <p>Why: a policy's text fields ({@code text_<lang>}, {@code title}) are on parent documents only, about one index
 * document in thirteen, and each language's field on that language's parents only. Lucene stores such norms
 * sparsely, and a random lookup ({@code advanceExact}) in that layout scans the block's document list. Both the
 * searcher, which looks a norm up per scored hit, and the postings writer, which looks one up per posting to record
 * impacts, pay that scan; from the heap a lookup is a bit test.
 *
 * <p>Immutable and thread-safe: each caller gets its own iterator.
 */
public record HeapNorms(byte[] values, FixedBitSet present, long count) {

    /**
     * The norms of {@code stored}, read from its first document on, into the heap; empty when every document has
     * one (dense: Lucene already reads those directly), or when a value does not fit a byte (no similarity this
     * portal uses writes such norms).
     */
    public static Optional<HeapNorms> ofSparse(NumericDocValues stored, int maxDoc) throws IOException {
        if (stored.cost() >= maxDoc) {
            return Optional.empty();
        }
        byte[] values = new byte[maxDoc];
        FixedBitSet present = new FixedBitSet(maxDoc);
        long count = 0;
        for (int d = stored.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = stored.nextDoc()) {
            // norms of BM25 and of Lucene's other similarities are one byte, sign-extended to a long
            long v = stored.longValue();
            if (v != (byte) v) {
                return Optional.empty();
            }
            values[d] = (byte) v;
            present.set(d);
            count++;
        }
        return Optional.of(new HeapNorms(values, present, count));
    }

    /** A fresh iterator over these norms, positioned before the first document. */
    public NumericDocValues iterator() {
        return new NumericDocValues() {
            private int doc = -1;

            @Override
            public long longValue() {
                return values[doc];
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return present.get(target);
            }

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                doc = target >= values.length ? NO_MORE_DOCS : present.nextSetBit(target);
                return doc;
            }

            @Override
            public long cost() {
                return count;
            }
        };
    }
}
