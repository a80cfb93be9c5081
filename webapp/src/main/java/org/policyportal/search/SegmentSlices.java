package org.policyportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searchers whose segments are grouped into at most {@code threads} slices of about equal size (by default none
 * smaller than {@link #MIN_DOCS_PER_SLICE}), whole segments each, the largest placed first into the lightest slice.
 *
 * <p>Why: Lucene's default grouping (up to 250,000 documents or five segments a slice) cut the 100,000-document
 * index (seven segments, 1.3 million index documents) into four slices of 488,000, 469,000, 335,000 and 16,000
 * documents for two processors: the largest slice alone bounded a request's latency, and every extra slice costs
 * its own collectors and facet arrays. Whole segments, not segment partitions, so that block-join queries never
 * see a block cut in two.
 *
 * <p>Thread-safe: stateless.
 */
final class SegmentSlices {

    private SegmentSlices() {
    }

    /**
     * Index documents a slice must have at least, as in Lucene's default grouping (which holds up to this many in a
     * slice): below that the hand-offs and each slice's collectors and facet arrays cost more than the slice saves
     * (corpus-real, 173,000 index documents cut in two slices: 370 against 413-421 requests/s with one client).
     */
    static final int MIN_DOCS_PER_SLICE = 250_000;

    /**
     * A searcher running the slices of {@code reader} on {@code executor}: at most {@code threads} of them, and no
     * more than one per {@code minDocs} index documents.
     */
    static IndexSearcher searcher(IndexReader reader, Executor executor, int threads, int minDocs) {
        int slices = Math.max(1, Math.min(threads, reader.maxDoc() / minDocs));
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, slices);
            }
        };
    }

    /** {@code leaves} in at most {@code n} slices of about equal document counts; none for no leaves. */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int n) {
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        int count = Math.max(1, Math.min(n, bySize.size()));
        List<List<IndexSearcher.LeafReaderContextPartition>> slices = new ArrayList<>();
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (docs[i] < docs[lightest]) {
                    lightest = i;
                }
            }
            slices.get(lightest).add(IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf));
            docs[lightest] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(s -> !s.isEmpty()).map(IndexSearcher.LeafSlice::new)
                .toArray(IndexSearcher.LeafSlice[]::new);
    }
}
