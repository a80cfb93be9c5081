package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Norms from the heap are the stored norms: same documents, same values, same scores. */
class HeapNormsReaderTest {

    @TempDir
    Path dir;

    @Test
    void sparseNormsReadTheSameAndScoreTheSame() throws Exception {
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 40; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.NO));
                doc.add(new TextField("dense", "security clause " + "word ".repeat(i % 7), Field.Store.NO));
                if (i % 3 == 0) { // a sparse field, of varying length
                    doc.add(new TextField("sparse", "security " + "padding ".repeat(i), Field.Store.NO));
                }
                w.addDocument(doc);
                if (i == 19) {
                    w.commit();
                }
            }
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader plain = DirectoryReader.open(d);
             DirectoryReader heap = HeapNormsReader.wrap(DirectoryReader.open(d))) {
            assertThat(heap.leaves()).hasSize(2);
            for (String field : List.of("sparse", "dense", "absent")) {
                assertThat(norms(heap, field, false)).as(field).isEqualTo(norms(plain, field, false));
                assertThat(norms(heap, field, true)).as(field).isEqualTo(norms(plain, field, true));
            }
            assertThat(norms(heap, "sparse", false)).hasSize(14);
            for (String field : List.of("sparse", "dense")) {
                TermQuery q = new TermQuery(new Term(field, "security"));
                assertThat(scores(new IndexSearcher(heap), q)).isEqualTo(scores(new IndexSearcher(plain), q));
            }
        }
    }

    /** Per document with a norm, "base+doc=value": walked with nextDoc, or probed with advanceExact. */
    private static List<String> norms(DirectoryReader reader, String field, boolean probe) throws Exception {
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues n = leaf.reader().getNormValues(field);
            if (n == null) {
                continue;
            }
            if (probe) {
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc += 2) {
                    if (n.advanceExact(doc)) {
                        out.add(leaf.docBase + "+" + doc + "=" + n.longValue());
                    }
                }
            } else {
                for (int doc = n.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = n.nextDoc()) {
                    out.add(leaf.docBase + "+" + doc + "=" + n.longValue());
                }
            }
        }
        return out;
    }

    private static List<String> scores(IndexSearcher searcher, TermQuery q) throws Exception {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }
}
