package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Whole segments grouped into at most n slices of about equal size. */
class SegmentSlicesTest {

    @Test
    void largestSegmentsGoFirstToTheLightestSlice() throws Exception {
        try (Directory dir = segments(50, 40, 30, 20, 10); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher.LeafSlice[] slices = SegmentSlices.balanced(reader.leaves(), 2);

            // 50 → a; 40 → b; 30 → b (70); 20 → a (70); 10 → a, the first of two equally light slices
            assertThat(Arrays.stream(slices).mapToInt(IndexSearcher.LeafSlice::getMaxDocs).toArray())
                    .containsExactly(80, 70);
            assertThat(Arrays.stream(slices).flatMap(s -> Arrays.stream(s.partitions))
                    .map(p -> p.ctx).toList()).containsExactlyInAnyOrderElementsOf(reader.leaves());
            // whole segments: a block of clauses and its parent is never cut in two
            assertThat(Arrays.stream(slices).flatMap(s -> Arrays.stream(s.partitions)))
                    .allMatch(p -> p.minDocId == 0 && p.maxDocId >= p.ctx.reader().maxDoc());
        }
    }

    @Test
    void neverMoreSlicesThanSegments() throws Exception {
        try (Directory dir = segments(5, 3); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(SegmentSlices.balanced(reader.leaves(), 8)).hasSize(2);
            assertThat(SegmentSlices.balanced(reader.leaves(), 1)).hasSize(1);
        }
        assertThat(SegmentSlices.balanced(List.<LeafReaderContext>of(), 2)).isEmpty();
    }

    @Test
    void aSmallIndexIsOneSliceWhateverTheThreads() throws Exception {
        try (Directory dir = segments(50, 40, 30); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(SegmentSlices.searcher(reader, Runnable::run, 4, 100).getSlices()).hasSize(1);
            assertThat(SegmentSlices.searcher(reader, Runnable::run, 4, 60).getSlices()).hasSize(2);
            assertThat(SegmentSlices.searcher(reader, Runnable::run, 4, 1).getSlices()).hasSize(3);
        }
    }

    /** One segment per size, each of that many empty documents. */
    private static Directory segments(int... sizes) throws Exception {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    w.addDocument(new Document());
                }
                w.commit();
            }
        }
        return dir;
    }
}
