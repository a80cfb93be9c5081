package org.policyportal.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts each file in a child JVM with its own heap limit, so a hostile file (a parser loop, a decompression
 * bomb, a giant image) can exhaust only that child: the child is killed on timeout, exits on out-of-memory, and
 * is replaced; the file is reported as failed and the run goes on. Tika's ForkParser does the same per parse but
 * ships whole parsers over object streams; a small line protocol over a pool of long-lived workers keeps the
 * start-up cost to one JVM per thread.
 *
 * <p>Thread-safe: each call borrows a worker from a pool of {@code workers} and returns it.
 */
public final class IsolatedExtractor implements TextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);

    /**
     * How to start a worker.
     *
     * @param heapMb         child heap limit
     * @param grace          time allowed beyond the policy's timeout (child start-up, a parser that ignores
     *                       interruption) before the child is killed
     * @param extractorClass a {@link TextExtractor} to run in the child instead of Tika (tests), or null
     * @param classCache     folder for the workers' class-data archive ({@link WorkerArchive}), or null for none
     */
    public record Limits(int heapMb, Duration grace, String extractorClass, Path classCache) {
        public static Limits withHeap(int heapMb) {
            return new Limits(heapMb, Duration.ofSeconds(30), null, null);
        }

        /** These limits, with workers starting from a class-data archive kept in {@code folder} (null: none). */
        public Limits withClassCache(Path folder) {
            return new Limits(heapMb, grace, extractorClass, folder);
        }
    }

    /** How long the writer may take to exit: dumping the class archive took about 2 s. */
    private static final Duration WRITER_EXIT_WAIT = Duration.ofSeconds(60);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(2);

    /** Workers expected to see at most this many files each compile with C1 only; see {@link #expect}. */
    static final int QUICK_START_FILES_PER_WORKER = 2_500;

    private final TikaPolicy policy;
    private final Limits limits;
    private final int workers;
    private volatile boolean quickStart;
    private final BlockingQueue<WorkerProcess> idle;
    private final List<WorkerProcess> all = new ArrayList<>();
    private final WorkerArchive archive;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public IsolatedExtractor(TikaPolicy policy, int workers, Limits limits) {
        this.policy = policy;
        this.limits = limits;
        this.workers = workers;
        this.idle = new ArrayBlockingQueue<>(workers);
        this.archive = limits.classCache() == null ? null
                : WorkerArchive.in(limits.classCache(), System.getProperty("java.class.path"));
        for (int i = 0; i < workers; i++) {
            boolean writer = i == 0;
            WorkerProcess w = new WorkerProcess(() -> command(writer), writer && archive != null ? WRITER_EXIT_WAIT
                    : EXIT_WAIT);
            all.add(w);
            idle.add(w);
        }
    }

    @Override
    public Extraction extract(Path file) throws ExtractionException {
        WorkerProcess worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExtractionException.failed("interrupted", e);
        }
        try {
            // The child enforces the policy's timeout itself; the margin covers its start-up and a stuck parser
            // that ignores interruption, after which the whole child is killed.
            long budget = policy.timeout().toMillis() + limits.grace().toMillis();
            String line = worker.ask(file.toAbsolutePath().toString(), budget);
            WorkerReply reply = json.readValue(line, WorkerReply.class);
            if (reply.extraction() != null) {
                return reply.extraction();
            }
            throw new ExtractionException(reply.outcome(), reply.reason(), null);
        } catch (WorkerProcess.WorkerDied e) {
            LOG.warn("extraction worker ended on {}: {}", file.getFileName(), e.getMessage());
            throw ExtractionException.failed(e.getMessage(), e);
        } catch (IOException e) {
            throw ExtractionException.failed("extraction worker protocol error: " + e.getMessage(), e);
        } finally {
            idle.add(worker);
        }
    }

    /**
     * Chooses how workers started from now on compile code. The C2 compiler's work on Tika's and PDFBox's many
     * large methods costs a worker more CPU than its faster code saves over a few thousand files: on corpus-real,
     * 818 files in one worker took 25-28 s of CPU with C1 only and 37-50 s tiered. Over many files C2 wins
     * (20,000 generated files: 92 s with C1 only, 62 s tiered). So when each worker will see at most
     * {@value #QUICK_START_FILES_PER_WORKER} files they run with {@code -XX:TieredStopAtLevel=1}.
     */
    @Override
    public void expect(int files) {
        quickStart = files <= (long) QUICK_START_FILES_PER_WORKER * workers;
    }

    /**
     * The command line a worker starts with now; {@code writer}: the one worker that may write the class archive
     * when there is none yet.
     */
    List<String> command(boolean writer) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + limits.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-Xss4m"));
        if (quickStart) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        if (archive != null) {
            cmd.addAll(writer ? archive.writerOptions() : archive.readerOptions());
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ExtractWorker.class.getName(), Integer.toString(policy.maxChars()),
                Long.toString(policy.maxFileBytes()), Long.toString(policy.timeout().toMillis())));
        if (limits.extractorClass() != null) {
            cmd.add(limits.extractorClass());
        }
        return cmd;
    }

    /** Stops every worker; then keeps the class archive the writer dumped, if it exited cleanly. */
    @Override
    public void close() {
        boolean writerClean = all.get(0).stop();
        all.subList(1, all.size()).forEach(WorkerProcess::stop);
        if (archive != null) {
            archive.publish(writerClean);
        }
    }
}
