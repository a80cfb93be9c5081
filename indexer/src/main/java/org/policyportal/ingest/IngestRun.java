package org.policyportal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.policyportal.extract.ExtractionException;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.CorpusPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One indexing run: scan the corpus, hash every file, drop duplicates, extract and index the new or changed
 * files in parallel, delete documents whose files are gone, write the report, publish. Every file and manifest
 * row gets exactly one report entry.
 *
 * <p>Not thread-safe: one run per instance; a lock file in the index root keeps two runs apart.
 */
public final class IngestRun {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);

    /** What a run produced. */
    public record Result(boolean published, Path generation, IngestReport report, String message) {
    }

    private final IngestOptions options;
    private final IndexSchema schema;
    private final DocumentPipeline pipeline;

    public IngestRun(IngestOptions options, IndexSchema schema, DocumentPipeline pipeline) {
        this.options = options;
        this.schema = schema;
        this.pipeline = pipeline;
    }

    public Result run() throws IOException {
        if (!Files.isDirectory(options.corpus())) {
            throw new IOException("corpus folder not found: " + options.corpus());
        }
        IndexLayout layout = new IndexLayout(options.index());
        Files.createDirectories(layout.root());
        try (FileChannel lockFile = FileChannel.open(layout.root().resolve("index.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IOException("another indexer is writing to " + layout.root());
            }
            return runLocked(layout);
        }
    }

    /** Null when another run holds the lock; in this JVM tryLock throws instead of returning null. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private Result runLocked(IndexLayout layout) throws IOException {
        IngestReport report = new IngestReport();
        CorpusPaths paths = new CorpusPaths(options.corpus());
        List<Candidate> candidates = new CorpusScanner(paths, options.manifest(), report).scan();
        Map<String, String> hashes = hashAll(candidates, report);
        try (GenerationWriter gen = GenerationWriter.open(layout, schema, !options.full())) {
            List<Candidate> work = plan(candidates, hashes, gen, report);
            index(work, hashes, gen, report);
            for (String gone : removed(gen.previous().keySet(), candidates)) {
                gen.delete(gone);
                LOG.info("Removed {} (no longer in the corpus)", gone);
            }
            long live = report.count(ReportEntry.Status.indexed) + unchangedCount(report);
            if (live == 0) {
                gen.discard();
                return new Result(false, null, report, "nothing could be indexed from " + options.corpus());
            }
            gen.commit();
            report.write(gen.dir().resolve(IndexLayout.REPORT), gen.dir().getFileName().toString(), !gen.incremental());
            gen.publish();
            return new Result(true, gen.dir(), report, "published " + gen.dir().getFileName());
        }
    }

    /** Hashes files in parallel; unreadable ones are reported and left out. */
    private Map<String, String> hashAll(List<Candidate> candidates, IngestReport report) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        candidates.parallelStream().forEach(c -> {
            try {
                hashes.put(c.key(), DocumentPipeline.sha256(c.file()));
            } catch (IOException | UncheckedIOException e) {
                report.add(ReportEntry.failed(c.key(), "cannot read: " + e.getMessage(), 0, c.warnings()));
            }
        });
        return hashes;
    }

    /** Decides per file: duplicate (skip), unchanged since the live generation (keep), or to index. */
    private List<Candidate> plan(List<Candidate> candidates, Map<String, String> hashes, GenerationWriter gen,
                                 IngestReport report) throws IOException {
        Map<String, String> firstWithHash = new LinkedHashMap<>();
        List<Candidate> work = new ArrayList<>();
        for (Candidate c : candidates) {
            String sha = hashes.get(c.key());
            if (sha == null) {
                continue;
            }
            String original = firstWithHash.putIfAbsent(sha, c.key());
            if (original != null) {
                report.add(ReportEntry.skipped(c.key(), "duplicate content of " + original));
                gen.delete(c.key());
            } else if (sha.equals(gen.previous().get(c.key()))) {
                report.add(ReportEntry.skipped(c.key(), UNCHANGED));
            } else {
                work.add(c);
            }
        }
        return work;
    }

    static final String UNCHANGED = "unchanged since the previous run (kept)";

    private static long unchangedCount(IngestReport report) {
        return report.entries().stream().filter(e -> UNCHANGED.equals(e.reason())).count();
    }

    private void index(List<Candidate> work, Map<String, String> hashes, GenerationWriter gen, IngestReport report)
            throws IOException {
        DocumentMapper mapper = new DocumentMapper(schema);
        pipeline.expect(work.size());
        long totalBytes = work.stream().mapToLong(c -> sizeOf(c.file())).sum();
        ExecutorService pool = Executors.newFixedThreadPool(options.indexingThreads());
        try (Progress progress = new Progress(work.size(), totalBytes)) {
            List<Future<?>> futures = new ArrayList<>();
            for (Candidate c : work) {
                futures.add(pool.submit(() -> {
                    report.add(indexOne(c, hashes.get(c.key()), gen, mapper));
                    progress.fileDone(sizeOf(c.file()));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ReportEntry indexOne(Candidate c, String sha, GenerationWriter gen, DocumentMapper mapper) {
        long start = System.nanoTime();
        try {
            DocumentPipeline.Outcome out = pipeline.process(c, sha);
            gen.update(c.key(), mapper.toBlock(out.document()));
            var d = out.document();
            return new ReportEntry(c.key(), ReportEntry.Status.indexed, null, d.id(), d.clauses().size(),
                    d.metadata().language(), d.chars(), millisSince(start), c.source(), d.truncated(), out.warnings());
        } catch (ExtractionException e) {
            deleteQuietly(gen, c.key());
            LOG.debug("{}: {}", c.key(), e.reason(), e);
            ReportEntry.Status status = e.outcome() == ExtractionException.Outcome.SKIPPED
                    ? ReportEntry.Status.skipped : ReportEntry.Status.failed;
            return new ReportEntry(c.key(), status, e.reason(), null, 0, null, 0, millisSince(start), c.source(),
                    false, c.warnings());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            deleteQuietly(gen, c.key());
            LOG.warn("{}: unexpected {}", c.key(), e.toString(), e);
            return ReportEntry.failed(c.key(), "internal error: " + e, millisSince(start), c.warnings());
        }
    }

    /** A failed update must not leave the previous version of a changed file behind. */
    private static void deleteQuietly(GenerationWriter gen, String key) {
        try {
            gen.delete(key);
        } catch (IOException e) {
            LOG.warn("could not remove stale {}: {}", key, e.toString());
        }
    }

    private static Set<String> removed(Set<String> previous, List<Candidate> candidates) {
        Set<String> gone = new HashSet<>(previous);
        candidates.forEach(c -> gone.remove(c.key()));
        return gone;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
