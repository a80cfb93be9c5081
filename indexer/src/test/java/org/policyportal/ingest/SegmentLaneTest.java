package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SegmentLaneTest {

    private static final long MB = 1024 * 1024;

    @Test
    void flushesAtAnEighthOfTheHeapBetween16And256Mb() {
        assertThat(SegmentLane.flushAtMb(2048 * MB)).isEqualTo(256);
        assertThat(SegmentLane.flushAtMb(8192 * MB)).isEqualTo(256);
        assertThat(SegmentLane.flushAtMb(512 * MB)).isEqualTo(64);
        assertThat(SegmentLane.flushAtMb(64 * MB)).isEqualTo(16);
        assertThat(SegmentLane.backstopMb(256)).isEqualTo(512.0);
    }

    @Test
    void twoThreadsFillOneSegmentUntilTheCommit() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = writer(dir)) {
            SegmentLane lane = new SegmentLane(writer, 512 * MB);
            feedConcurrently(lane, 2, 300);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(1);
                assertThat(reader.maxDoc()).isEqualTo(2 * 300 * 4);
                assertBlocksWhole(reader);
            }
            assertThat(lane.flushes()).isZero();
        }
    }

    @Test
    void aFullBufferIsFlushedAfterTheBlockThatFilledIt() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = writer(dir)) {
            SegmentLane lane = new SegmentLane(writer, 1);
            for (int i = 0; i < 5; i++) {
                lane.update(new Term("path", "p" + i), block("p" + i));
            }
            assertThat(lane.flushes()).isEqualTo(5);
            assertThat(writer.ramBytesUsed()).isLessThan(MB);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(5);
                assertThat(reader.maxDoc()).isEqualTo(5 * 4);
            }
        }
    }

    @Test
    void flushingWhileTwoThreadsFeedLosesNothingAndKeepsBlocksWhole() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = writer(dir)) {
            SegmentLane lane = new SegmentLane(writer, 64 * 1024);
            feedConcurrently(lane, 2, 300);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.maxDoc()).isEqualTo(2 * 300 * 4);
                assertThat(reader.numDocs()).isEqualTo(2 * 300 * 4);
                assertThat(reader.leaves().size()).isGreaterThan(1);
                assertBlocksWhole(reader);
            }
            assertThat(lane.flushes()).isPositive();
        }
    }

    @Test
    void anUpdateReplacesTheBlockWithTheSamePath() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = writer(dir)) {
            SegmentLane lane = new SegmentLane(writer, 512 * MB);
            lane.update(new Term("path", "a"), block("a"));
            lane.update(new Term("path", "a"), block("a"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.numDocs()).isEqualTo(4);
            }
        }
    }

    private static IndexWriter writer(Directory dir) throws IOException {
        // No merges, so the segments counted are the ones the lane flushed.
        return new IndexWriter(dir, SegmentLane.configure(new IndexWriterConfig(new StandardAnalyzer()), 256)
                .setMergePolicy(NoMergePolicy.INSTANCE));
    }

    /** {@code threads} threads, started together, each feeding {@code blocks} blocks of its own. */
    private static void feedConcurrently(SegmentLane lane, int threads, int blocks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < blocks; i++) {
                        lane.update(new Term("path", prefix + i), block(prefix + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Three clause documents, then the parent: the shape a policy is indexed in. */
    private static List<Document> block(String path) {
        List<Document> block = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            block.add(doc(path, "clause", "clause " + c + " of " + path + " asks for dnssec and tls"));
        }
        block.add(doc(path, "doc", "policy " + path));
        return block;
    }

    private static Document doc(String path, String type, String text) {
        Document d = new Document();
        d.add(new StringField("path", path, Field.Store.YES));
        d.add(new StringField("type", type, Field.Store.YES));
        d.add(new TextField("text", text, Field.Store.NO));
        return d;
    }

    /** Every parent follows its own three clauses directly, in every segment. */
    private static void assertBlocksWhole(DirectoryReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            for (int d = 0; d < leaf.reader().maxDoc(); d += 4) {
                String path = stored.document(d).get("path");
                for (int k = 0; k < 3; k++) {
                    assertThat(stored.document(d + k).get("type")).isEqualTo("clause");
                    assertThat(stored.document(d + k).get("path")).isEqualTo(path);
                }
                assertThat(stored.document(d + 3).get("type")).isEqualTo("doc");
                assertThat(stored.document(d + 3).get("path")).isEqualTo(path);
            }
        }
    }
}
