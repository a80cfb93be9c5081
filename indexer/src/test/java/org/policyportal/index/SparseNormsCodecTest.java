package org.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written with {@link SparseNormsCodec} is the one Lucene's default codec writes: the same norms and the
 * same impacts (which the postings writer computes from the norms it reads back), on flushed and merged segments,
 * under the default codec's name.
 */
class SparseNormsCodecTest {

    @TempDir
    Path tmp;

    @Test
    void flushedAndMergedSegmentsMatchTheDefaultCodecs() throws IOException {
        Path plain = write(tmp.resolve("plain"), null, false);
        Path heap = write(tmp.resolve("heap"), new SparseNormsCodec(), false);
        assertThat(describe(heap)).isEqualTo(describe(plain)).isNotEmpty();
        assertThat(segments(heap)).hasSize(3);

        Path plainMerged = write(tmp.resolve("plain-merged"), null, true);
        Path heapMerged = write(tmp.resolve("heap-merged"), new SparseNormsCodec(), true);
        assertThat(segments(heapMerged)).hasSize(1);
        assertThat(describe(heapMerged)).isEqualTo(describe(plainMerged));
    }

    @Test
    void segmentsCarryTheDefaultCodecsName() throws IOException {
        Path heap = write(tmp.resolve("heap"), new SparseNormsCodec(), true);
        for (SegmentCommitInfo si : segments(heap)) {
            assertThat(si.info.getCodec().getName()).isEqualTo(Codec.getDefault().getName());
        }
    }

    /**
     * 600 documents in three flushes: a dense field, and a sparse one on every seventh document, of lengths that
     * vary so that its norms differ from document to document.
     */
    private static Path write(Path dir, Codec codec, boolean merge) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        if (codec != null) {
            config.setCodec(codec);
        }
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
            for (int i = 0; i < 600; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.NO));
                doc.add(new TextField("dense", "clause " + "word ".repeat(i % 5), Field.Store.NO));
                if (i % 7 == 0) {
                    doc.add(new TextField("sparse", "security " + "tls ".repeat(i % 4) + "pad ".repeat(i % 61),
                            Field.Store.NO));
                }
                w.addDocument(doc);
                if (i % 200 == 199) {
                    w.flush();
                }
            }
            if (merge) {
                w.forceMerge(1);
            }
            w.commit();
        }
        return dir;
    }

    private static List<SegmentCommitInfo> segments(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            List<SegmentCommitInfo> out = new ArrayList<>();
            SegmentInfos.readLatestCommit(d).forEach(out::add);
            return out;
        }
    }

    /** Per segment, field and term: its postings' impacts at every level; then every norm. */
    private static List<String> describe(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : List.of("dense", "sparse")) {
                    Terms terms = leaf.reader().terms(field);
                    TermsEnum te = terms.iterator();
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
                        for (int doc = impacts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                                doc = impacts.nextDoc()) {
                            impacts.advanceShallow(doc);
                            Impacts at = impacts.getImpacts();
                            StringBuilder line = new StringBuilder(leaf.ord + " " + field + ":" + term.utf8ToString()
                                    + " @" + doc);
                            for (int level = 0; level < at.numLevels(); level++) {
                                line.append(" L").append(level).append('<').append(at.getDocIdUpTo(level));
                                FreqAndNormBuffer pairs = at.getImpacts(level);
                                for (int i = 0; i < pairs.size; i++) {
                                    line.append(' ').append(pairs.freqs[i]).append('/').append(pairs.norms[i]);
                                }
                            }
                            out.add(line.toString());
                        }
                    }
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                        out.add(leaf.ord + " norm " + field + " " + doc + "=" + norms.longValue());
                    }
                }
            }
        }
        return out;
    }
}
