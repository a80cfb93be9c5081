package org.policyportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searchers whose segments are grouped into at most {@code threads} slices of about equal size, whole segments
 * each, the largest placed first into the lightest slice.
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

    /** A searcher running the slices of {@code reader} on {@code executor}, at most {@code threads} of them. */
    static IndexSearcher searcher(IndexReader reader, Executor executor, int threads) {
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, threads);
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
