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
import org.policyportal.index.HeapNorms;

/**
 * A directory reader whose segments serve the norms of sparse fields from the heap; everything else is the wrapped
 * reader's.
 *
 * <p>Why: every scored hit looks its norm up, and the parent-only text fields' norms are sparse (see {@link HeapNorms};
 * JFR at 100,000 documents, 2 clients: {@code SparseNormsIterator.advanceExact} 17.7 % of the page search). Here
 * the first request for a sparse field's norms in a segment copies them (1.5 MB per field at 1.35 million index
 * documents), kept as long as the segment. Dense norms are left to Lucene, which already reads them directly.
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
}
