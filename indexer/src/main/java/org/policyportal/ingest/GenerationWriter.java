package org.policyportal.ingest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.index.SparseNormsCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one new index generation and publishes it. A full build starts empty; an incremental one starts from
 * hard links to the live generation's files (Lucene never changes a written file, so both generations can share
 * them safely) and replaces or deletes only what changed. Until {@link #publish} the live generation is
 * untouched, so a crash at any point leaves the served index whole; an unpublished generation left by a crash
 * is deleted by the next run.
 *
 * <p>Not thread-safe to open, commit or publish; {@link #update} and {@link #delete} are thread-safe.
 */
public final class GenerationWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationWriter.class);
    private static final String SCHEMA_KEY = "schemaVersion";
    private static final long MB = 1024 * 1024;

    private final IndexLayout layout;
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SegmentLane lane;
    private final boolean incremental;
    private final Map<String, String> previous;

    private GenerationWriter(IndexLayout layout, Path dir, Directory directory, IndexWriter writer, SegmentLane lane,
                             boolean incremental, Map<String, String> previous) {
        this.layout = layout;
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.lane = lane;
        this.incremental = incremental;
        this.previous = previous;
    }

    /** The in-memory segment size (MB) a build flushes at, in a JVM with {@code maxHeapBytes}: {@link SegmentLane}. */
    public static int flushAtMb(long maxHeapBytes) {
        return SegmentLane.flushAtMb(maxHeapBytes);
    }

    /** Opens the next generation; incremental when asked and the live one has the current schema version. */
    public static GenerationWriter open(IndexLayout layout, IndexSchema schema, boolean wantIncremental)
            throws IOException {
        Optional<Path> live = layout.current();
        Map<String, String> previous = new HashMap<>();
        boolean incremental = false;
        if (wantIncremental && live.isPresent()) {
            incremental = readPrevious(live.get(), previous);
        }
        Path dir = layout.nextGeneration();
        Files.createDirectories(dir);
        if (incremental) {
            linkFiles(live.get(), dir);
        }
        Directory directory = FSDirectory.open(dir);
        int flushAtMb = flushAtMb(Runtime.getRuntime().maxMemory());
        IndexWriterConfig config = SegmentLane.configure(new IndexWriterConfig(schema.analyzer()), flushAtMb)
                .setOpenMode(incremental ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setCodec(new SparseNormsCodec())
                .setCommitOnClose(false);
        IndexWriter writer = new IndexWriter(directory, config);
        LOG.info("Writing {} ({})", dir.getFileName(), incremental ? "incremental from " + live.get().getFileName()
                : "full build");
        return new GenerationWriter(layout, dir, directory, writer, new SegmentLane(writer, flushAtMb * MB),
                incremental, Map.copyOf(previous));
    }

    /** True when the live schema version matched and its path→sha256 map was read. */
    private static boolean readPrevious(Path live, Map<String, String> out) throws IOException {
        try (Directory d = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(d)) {
            String version = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
            if (!String.valueOf(IndexSchema.VERSION).equals(version)) {
                LOG.info("Live index has schema version {}, this build {}: rebuilding in full", version,
                        IndexSchema.VERSION);
                return false;
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (ScoreDoc hit : searcher.search(IndexSchema.parentsQuery(), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d2 = stored.document(hit.doc, java.util.Set.of(IndexSchema.PATH, IndexSchema.SHA256));
                out.put(d2.get(IndexSchema.PATH), d2.get(IndexSchema.SHA256));
            }
            return true;
        }
    }

    private static void linkFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("write.lock") || name.equals(IndexLayout.REPORT) || !Files.isRegularFile(f)) {
                    continue;
                }
                Path target = to.resolve(name);
                try {
                    Files.createLink(target, f);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (UnsupportedOperationException | IOException e) {
                    // Different file systems or no hard-link support: a copy is slower but just as safe.
                    Files.copy(f, target);
                }
            }
        }
    }

    /**
     * The Lucene writer itself, for tests that flush a segment at a chosen point. Everything else adds through
     * {@link #update}, which keeps the indexing threads' blocks in one in-memory segment ({@link SegmentLane}).
     */
    IndexWriter writer() {
        return writer;
    }

    public Path dir() {
        return dir;
    }

    public boolean incremental() {
        return incremental;
    }

    /** Path → SHA-256 of the documents in the generation this one started from (empty for full builds). */
    public Map<String, String> previous() {
        return previous;
    }

    /**
     * Adds a policy's block (its clauses, then the policy), replacing any documents with its corpus path. Thread-safe;
     * see {@link SegmentLane} for how blocks from several threads reach Lucene.
     */
    public void update(String path, List<Document> block) throws IOException {
        lane.update(new Term(IndexSchema.PATH, path), block);
    }

    /** Removes a document (parent and clauses) by its corpus path. */
    public void delete(String path) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.PATH, path));
    }

    /**
     * Index documents (parents and clauses) per segment a full build merges down to: it ends with
     * {@code ceil(maxDoc / MERGED_SEGMENT_DOCS)} segments at most.
     *
     * <p>Why: every search pays per segment (each field's terms looked up, scorers, collectors and facet set-up
     * built again), and a full build leaves one segment per indexing thread and RAM-buffer flush. In-process
     * (bench/InterleavedCpu.java, one thread, the document mix), merged copies cost per query: 20,000 documents,
     * 4 segments to 1: 0.867; corpus-real, 2 to 1: 0.921; 100,000 documents, 6 to 2: 0.88 and to 1: 0.87. Merging
     * 100,000 documents down to 2 took 12 s, to 1 another 27 s, so the limit keeps large indexes at a few segments,
     * which the server can also search side by side. Incremental builds are left to the merge policy: merging
     * would rewrite the files they share with the live generation.
     */
    static final int MERGED_SEGMENT_DOCS = 1_000_000;

    /** Segments a full build of {@code maxDoc} index documents is merged down to. */
    static int segmentsFor(int maxDoc) {
        return Math.max(1, (maxDoc + MERGED_SEGMENT_DOCS - 1) / MERGED_SEGMENT_DOCS);
    }

    /**
     * Merges a full build down to {@link #segmentsFor} segments, then commits and closes the writer; the
     * generation is complete but not yet live.
     */
    public void commit() throws IOException {
        if (!incremental) {
            long start = System.nanoTime();
            int target = segmentsFor(writer.getDocStats().maxDoc);
            LOG.info("Writing the last in-memory segment ({} MB; {} flushed before it)", writer.ramBytesUsed() / MB,
                    lane.flushes());
            writer.forceMerge(target);
            LOG.info("Merged into at most {} segment(s) in {} ms", target, (System.nanoTime() - start) / 1_000_000);
        }
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(IndexSchema.VERSION),
                "createdAt", java.time.Instant.now().toString()).entrySet());
        writer.commit();
        writer.close();
    }

    /** Makes this generation live, then deletes generations older than the previous live one. */
    public void publish() throws IOException {
        int previousLive = layout.currentGeneration();
        layout.publish(dir);
        try (Stream<Path> entries = Files.list(layout.root())) {
            List<Path> stale = entries.filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .filter(p -> !p.equals(dir) && !p.getFileName().toString().equals("gen-%06d".formatted(previousLive)))
                    .toList();
            for (Path p : stale) {
                deleteTree(p);
            }
        }
    }

    /** Deletes this unpublished generation (nothing could be indexed, or the run failed). */
    public void discard() throws IOException {
        close();
        deleteTree(dir);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (writer.isOpen()) {
            writer.rollback();
        }
        directory.close();
    }
}
