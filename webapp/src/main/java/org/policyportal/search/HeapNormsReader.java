package org.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A directory reader whose segments serve the norms of sparse fields from the heap; everything else is the wrapped
 * reader's.
 *
 * <p>Why: a policy's text fields ({@code text_<lang>}, {@code title}) are on parent documents only, one index
 * document in about thirteen, and each language's field on that language's parents only. Lucene stores such norms
 * sparsely, and every scored hit looks its norm up through that sparse layout (JFR at 100,000 documents, 2
 * clients: {@code SparseNormsIterator.advanceExact} 17.7 % of the page search). Here the first request for a
 * sparse field's norms in a segment copies them into a byte per index document and a bit set of the documents
 * that have them (about 1.1 bytes per index document per sparse field asked for: 1.5 MB per field at 1.35 million
 * index documents), kept as long as the segment. Dense norms are left to Lucene, which already reads them directly.
 *
 * <p>The values are the stored ones, so scores do not change. The cache helpers are the wrapped reader's: the
 * content is the same, and caches keyed on them stay valid. Thread-safe.
 */
final class HeapNormsReader extends FilterDirectoryReader {

    private HeapNormsReader(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader);
            }
        });
    }

    /** {@code in}, its sparse norms served from the heap; closing the result closes {@code in}. */
    static DirectoryReader wrap(DirectoryReader in) throws IOException {
        return new HeapNormsReader(in);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new HeapNormsReader(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** One segment: sparse norms copied on first use, per field. */
    private static final class Leaf extends FilterLeafReader {
        /** Per field asked for, its heap copy, or empty: dense or no norms, left to the wrapped reader. */
        private final Map<String, Optional<HeapNorms>> norms = new ConcurrentHashMap<>();

        Leaf(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Optional<HeapNorms> copy;
            try {
                copy = norms.computeIfAbsent(field, this::copyIfSparse);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return copy.isPresent() ? copy.get().iterator() : super.getNormValues(field);
        }

        private Optional<HeapNorms> copyIfSparse(String field) {
            try {
                NumericDocValues stored = in.getNormValues(field);
                return stored == null ? Optional.empty() : HeapNorms.ofSparse(stored, maxDoc());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** One field's norms in one segment; immutable, thread-safe (each caller gets its own iterator). */
    record HeapNorms(byte[] values, FixedBitSet present, long count) {

        /**
         * The norms of {@code stored} read into the heap; empty when every document has one (dense), or when a
         * value does not fit a byte (not a similarity this portal uses).
         */
        static Optional<HeapNorms> ofSparse(NumericDocValues stored, int maxDoc) throws IOException {
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

        NumericDocValues iterator() {
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
}
