package org.policyportal.ingest;

import java.nio.file.Path;
import org.policyportal.extract.TikaPolicy;

/**
 * What to index and where.
 *
 * @param corpus   the folder of documents
 * @param manifest the root manifest, or null for none
 * @param index    the index root (generations and the CURRENT pointer live here)
 * @param threads  extraction threads
 * @param full     rebuild from scratch instead of updating what changed
 * @param policy   Tika limits
 */
public record IngestOptions(Path corpus, Path manifest, Path index, int threads, boolean full, TikaPolicy policy) {

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Defaults for a corpus folder: its manifest.csv if present, all cores, incremental. */
    public static IngestOptions of(Path corpus, Path index) {
        Path manifest = corpus.resolve(CorpusScanner.MANIFEST_NAME);
        return new IngestOptions(corpus, java.nio.file.Files.isRegularFile(manifest) ? manifest : null, index,
                Runtime.getRuntime().availableProcessors(), false, TikaPolicy.defaults());
    }

    public IngestOptions withFull(boolean f) {
        return new IngestOptions(corpus, manifest, index, threads, f, policy);
    }

    public IngestOptions withPolicy(TikaPolicy p) {
        return new IngestOptions(corpus, manifest, index, threads, full, p);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(corpus, manifest, index, n, full, policy);
    }
}
