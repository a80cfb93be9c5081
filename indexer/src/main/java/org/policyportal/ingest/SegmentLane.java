package org.policyportal.ingest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;

/**
 * Feeds policy blocks from several indexing threads into one in-memory segment at a time, and flushes that
 * segment outside the feed once it holds {@code flushAtBytes}.
 *
 * <p>Why: Lucene gives every thread that is inside {@code updateDocuments} at the same time its own in-memory
 * segment, so two indexing threads left corpus-real in four flushed segments that the build then merged: every
 * posting encoded twice, and the codec's flush and merge code compiled by C2 over and over as its type profiles
 * changed. Fed one block at a time, corpus-real stays one segment until the commit writes it, and nothing is
 * merged. Interleaved corpus-real builds (2026-11-29): 38.0, 43.0 and 44.9 s against 46.0, 49.4 and 47.4 s, with
 * 66-78 s of CPU against 83-90 s; in the indexing JVM C2 took 13.1 and 13.8 s against 18.7 and 19.3 s. The threads
 * still overlap in everything before Lucene (extraction, clause splitting, standards, analysis), which is most of
 * a file's time. At 100,000 documents, two interleaved pairs: 247.8 and 209.7 s against 248.9 and 216.6 s, the
 * indexing JVM using 12 s less CPU.
 *
 * <p>A full buffer is flushed by the thread that finds it full, after it has left the feed: Lucene hands the
 * next block to a fresh in-memory segment, so the other thread keeps indexing during the flush. Only one flush
 * runs at a time, so a second thread does not flush the fresh, small segment as well.
 *
 * <p>Lucene's own flush by RAM stays on at twice the threshold, as a backstop: it would flush inside the feed.
 *
 * <p>Thread-safe.
 */
final class SegmentLane {

    private final IndexWriter writer;
    private final long flushAtBytes;
    private final Object feed = new Object();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicInteger flushes = new AtomicInteger();

    /** @param flushAtBytes the in-memory size at which the buffered segment is written out */
    SegmentLane(IndexWriter writer, long flushAtBytes) {
        this.writer = writer;
        this.flushAtBytes = flushAtBytes;
    }

    /** The Lucene buffer (MB) for a writer fed through a lane that flushes at {@code flushAtMb}: the backstop. */
    static double backstopMb(int flushAtMb) {
        return 2.0 * flushAtMb;
    }

    /**
     * The in-memory segment size to flush at, for a JVM with {@code maxHeapBytes}: an eighth of the heap, at most
     * 256 MB (corpus-real's 172,931 index documents take 85 MB) and at least 16 MB.
     */
    static int flushAtMb(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / (1024 * 1024);
        return (int) Math.max(16, Math.min(256, eighth));
    }

    /** Replaces the documents with {@code idTerm} by {@code block}, kept contiguous; may then flush. */
    void update(Term idTerm, List<Document> block) throws IOException {
        synchronized (feed) {
            writer.updateDocuments(idTerm, block);
        }
        if (writer.ramBytesUsed() >= flushAtBytes && flushing.compareAndSet(false, true)) {
            try {
                if (writer.ramBytesUsed() >= flushAtBytes && writer.flushNextBuffer()) {
                    flushes.incrementAndGet();
                }
            } finally {
                flushing.set(false);
            }
        }
    }

    /** Buffers this lane has flushed so far (the commit's final flush not included). */
    int flushes() {
        return flushes.get();
    }

    /** A config whose own flush by RAM is only the backstop for a lane flushing at {@code flushAtMb}. */
    static IndexWriterConfig configure(IndexWriterConfig config, int flushAtMb) {
        return config.setRAMBufferSizeMB(backstopMb(flushAtMb));
    }
}
