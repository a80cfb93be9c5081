package org.policyportal.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec for the index writer, with one change on the write side: while the postings of a new or
 * merged segment are written, a sparse field's norms are read from a {@link HeapNorms} copy.
 *
 * <p>Why: the postings writer asks for a field's norms anew for every term and looks up each posting's norm to
 * record the term's impacts. For the parent-only text fields that lookup scans a block of Lucene's sparse layout
 * from its start, term after term: a JFR profile of a corpus-real build put {@code SparseNormsIterator.advanceExact}
 * at 16.7 % of the commit's flush, which runs alone at the end of a build.
 *
 * <p>The files are the default codec's, written under its name, so any reader opens them with Lucene's own codec
 * and nothing needs registering. Only the norms read during a flush or merge change, never what is written.
 * Thread-safe.
 */
public final class SparseNormsCodec extends FilterCodec {

    private final NormsFormat norms;

    /** Wraps {@link Codec#getDefault()}. */
    public SparseNormsCodec() {
        this(Codec.getDefault());
    }

    private SparseNormsCodec(Codec delegate) {
        super(delegate.getName(), delegate);
        this.norms = new HeapNormsFormat(delegate.normsFormat());
    }

    @Override
    public NormsFormat normsFormat() {
        return norms;
    }

    private static final class HeapNormsFormat extends NormsFormat {
        private final NormsFormat in;

        HeapNormsFormat(NormsFormat in) {
            this.in = in;
        }

        @Override
        public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
            return in.normsConsumer(state);
        }

        @Override
        public NormsProducer normsProducer(SegmentReadState state) throws IOException {
            return new HeapNormsProducer(in.normsProducer(state), state.segmentInfo.maxDoc());
        }
    }

    /**
     * Keeps the heap copy of the last field asked for: the postings writer asks for one field's norms once per
     * term, field after field.
     */
    private static final class HeapNormsProducer extends NormsProducer {
        private final NormsProducer in;
        private final int maxDoc;
        private volatile Copy last;

        /** A field's copy, or empty when its norms are dense or not bytes. */
        private record Copy(int field, Optional<HeapNorms> norms) {}

        HeapNormsProducer(NormsProducer in, int maxDoc) {
            this.in = in;
            this.maxDoc = maxDoc;
        }

        @Override
        public NumericDocValues getNorms(FieldInfo field) throws IOException {
            Copy copy = last;
            if (copy == null || copy.field() != field.number) {
                copy = new Copy(field.number, HeapNorms.ofSparse(in.getNorms(field), maxDoc));
                last = copy;
            }
            return copy.norms().isPresent() ? copy.norms().get().iterator() : in.getNorms(field);
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public NormsProducer getMergeInstance() {
            // flushes and merges hand the postings writer this instance, not the producer itself
            return new HeapNormsProducer(in.getMergeInstance(), maxDoc);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
