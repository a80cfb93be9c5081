package org.policyportal.ingest;

import java.nio.file.Path;
import org.policyportal.extract.TikaPolicy;

/**
 * What to index and where.
 *
 * @param corpus   the folder of documents
 * @param manifest the root manifest, or null for none
 * @param index    the index root (generations and the CURRENT pointer live here)
 * @param threads  extraction threads (with child JVMs, the child's lanes; see {@link #indexingThreads})
 * @param full     rebuild from scratch instead of updating what changed
 * @param policy   Tika limits
 * @param isolation where extraction runs: in this JVM, or in child JVMs with their own heap limit
 */
public record IngestOptions(Path corpus, Path manifest, Path index, int threads, boolean full, TikaPolicy policy,
                            Isolation isolation) {

    /**
     * Where files are extracted.
     *
     * @param processes  extract in child JVMs (bounded heap, killed on timeout) instead of this JVM's threads
     * @param heapMb     heap limit of the child JVM per lane (extraction thread)
     * @param classCache folder for the child JVMs' class-data archive, or null for none
     */
    public record Isolation(boolean processes, int heapMb, Path classCache) {
        public static Isolation inProcess() {
            return new Isolation(false, 0, null);
        }

        public static Isolation childProcesses(int heapMb) {
            return new Isolation(true, heapMb, null);
        }

        /** This isolation, with child JVMs starting from a class-data archive kept in {@code folder}. */
        public Isolation withClassCache(Path folder) {
            return new Isolation(processes, heapMb, folder);
        }
    }

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /**
     * Threads that take files through the pipeline: with extraction in a child JVM, one more than its lanes.
     *
     * <p>Why: a thread that has its file's text goes on to split, detect and index it in this JVM, and meanwhile
     * its lane in the child stands idle. The spare thread waits with the next file and sends it the moment a lane
     * frees ({@code IsolatedExtractor}). The work is the same, the processors idle less: in five interleaved pairs
     * of corpus-real builds (2 lanes, 2 processors) the builds took 0.524-0.527 s of wall time per second of CPU
     * against 0.534-0.539 with two threads, about 2 % less wall time for the same CPU (63.5 s against 63.6 s on
     * average). At 100,000 files, one pair took 176.5 s against 181.2 s (and 166.4 s against 177.2 s with a first
     * version that queued the file in the child). In this JVM there are no lanes to keep busy: a spare thread would
     * only parse one more file at once.
     */
    public int indexingThreads() {
        return isolation.processes() ? threads + 1 : threads;
    }

    /** Options that extract in this JVM. */
    public IngestOptions(Path corpus, Path manifest, Path index, int threads, boolean full, TikaPolicy policy) {
        this(corpus, manifest, index, threads, full, policy, Isolation.inProcess());
    }

    /** Defaults for a corpus folder: its manifest.csv if present, all cores, incremental, isolated extraction. */
    public static IngestOptions of(Path corpus, Path index) {
        Path manifest = corpus.resolve(CorpusScanner.MANIFEST_NAME);
        return new IngestOptions(corpus, java.nio.file.Files.isRegularFile(manifest) ? manifest : null, index,
                Runtime.getRuntime().availableProcessors(), false, TikaPolicy.defaults(),
                Isolation.childProcesses(DEFAULT_WORKER_HEAP_MB));
    }

    public static final int DEFAULT_WORKER_HEAP_MB = 768;

    public IngestOptions withIsolation(Isolation i) {
        return new IngestOptions(corpus, manifest, index, threads, full, policy, i);
    }

    public IngestOptions withFull(boolean f) {
        return new IngestOptions(corpus, manifest, index, threads, f, policy, isolation);
    }

}
