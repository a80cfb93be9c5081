package org.policyportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.policyportal.index.IndexLayout;

/** Opens the live generation of an index root for the bench tools that read an index whole. */
final class LiveIndex {

    private LiveIndex() {
    }

    /** A reader of {@code root}'s live generation; the caller closes it. Fails when none is published. */
    static DirectoryReader open(String root) throws IOException {
        Path live = new IndexLayout(Path.of(root)).current()
                .orElseThrow(() -> new IllegalArgumentException("no live generation under " + root));
        return DirectoryReader.open(FSDirectory.open(live));
    }
}
