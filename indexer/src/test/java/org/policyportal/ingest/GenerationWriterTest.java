package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;

class GenerationWriterTest {

    @TempDir
    Path root;

    @Test
    void segmentTargetIsOnePerMillionIndexDocumentsAndAtLeastOne() {
        assertThat(GenerationWriter.segmentsFor(0)).isEqualTo(1);
        assertThat(GenerationWriter.segmentsFor(173_000)).isEqualTo(1);
        assertThat(GenerationWriter.segmentsFor(1_000_000)).isEqualTo(1);
        assertThat(GenerationWriter.segmentsFor(1_000_001)).isEqualTo(2);
        assertThat(GenerationWriter.segmentsFor(1_350_000)).isEqualTo(2);
    }

    @Test
    void aFullBuildIsMergedIntoOneSegment() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path dir = writeFlushed(layout, false, "a", "b", "c");
        assertThat(segments(dir)).isEqualTo(1);
        assertThat(docs(dir)).isEqualTo(3);
    }

    @Test
    void anIncrementalBuildKeepsItsSegments() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        writeFlushed(layout, false, "a");
        Path dir = writeFlushed(layout, true, "b", "c");
        assertThat(segments(dir)).isEqualTo(3);
        assertThat(docs(dir)).isEqualTo(3);
    }

    /** Writes one generation, each document flushed into its own segment, and publishes it. */
    private static Path writeFlushed(IndexLayout layout, boolean incremental, String... paths) throws IOException {
        try (GenerationWriter gen = GenerationWriter.open(layout, new IndexSchema(), incremental)) {
            assertThat(gen.incremental()).isEqualTo(incremental);
            for (String p : paths) {
                Document d = new Document();
                d.add(new StringField(IndexSchema.PATH, p, Field.Store.YES));
                gen.writer().addDocument(d);
                gen.writer().flush();
            }
            gen.commit();
            gen.publish();
            return gen.dir();
        }
    }

    private static int segments(Path dir) throws IOException {
        try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }

    private static int docs(Path dir) throws IOException {
        try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }
}
