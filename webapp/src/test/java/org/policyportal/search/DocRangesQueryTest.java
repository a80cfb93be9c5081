package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exactly the docs of the ranges match, across segment boundaries, whatever order the ranges come in. */
class DocRangesQueryTest {

    @TempDir
    Path dir;

    @Test
    void matchesExactlyTheRangesAcrossSegments() throws Exception {
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            // three segments of 10 docs: 0-9, 10-19, 20-29
            for (int i = 0; i < 30; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                w.addDocument(doc);
                if (i % 10 == 9) {
                    w.commit();
                }
            }
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.leaves()).hasSize(3);
            IndexSearcher s = new IndexSearcher(r);
            // out of order, one range across a segment boundary, one empty, one at the very end
            DocRangesQuery q = DocRangesQuery.of(new int[] {27, 3, 8, 15}, new int[] {30, 5, 12, 15});
            assertThat(docs(s, q)).containsExactly(3, 4, 8, 9, 10, 11, 27, 28, 29);
            assertThat(s.count(q)).isEqualTo(9);
            assertThat(docs(s, DocRangesQuery.of(new int[0], new int[0]))).isEmpty();
        }
    }

    @Test
    void rejectsOverlappingOrBackwardRanges() {
        assertThatThrownBy(() -> DocRangesQuery.of(new int[] {0, 4}, new int[] {5, 8}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocRangesQuery.of(new int[] {6}, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> docs(IndexSearcher s, DocRangesQuery q) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(q, 100, org.apache.lucene.search.Sort.INDEXORDER).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }
}
