package org.policyportal.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts each file in a child JVM with its own heap limit, so a hostile file (a parser loop, a decompression
 * bomb, a giant image) can exhaust only that child: the child is killed on timeout, exits on out-of-memory, and
 * is replaced; the file is reported as failed and the run goes on. Tika's ForkParser does the same per parse but
 * ships whole parsers over object streams; a small numbered line protocol to one long-lived child keeps the
 * start-up cost to one JVM per run.
 *
 * <p>The child extracts up to {@code lanes} files at once (the run's extraction threads; the run has one indexing
 * thread more, whose file waits for the next free lane). One child instead of one per thread: each child started,
 * loaded classes and compiled Tika's and PDFBox's code on its own. Over
 * corpus-real without a class archive (a first run), one child with two lanes took 4.1-4.5 s less CPU than two
 * children in interleaved builds; with the archive it was faster in six of eight pairs (median 3.6 s). The one
 * child peaked at 460 MB resident against 650 MB for two.
 *
 * <p>A child that dies takes every file in flight with it. A file that was not alone in the child, or whose child
 * was killed because another file ran out of time, may be innocent: it is tried once more with nothing else in
 * flight, so a death is blamed only on the file that causes it alone.
 *
 * <p>Thread-safe: any number of threads may call {@link #extract} at once.
 */
public final class IsolatedExtractor implements TextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);

    /**
     * How to start a worker.
     *
     * @param heapMb         child heap limit per lane: the child gets {@code heapMb} times its lanes, so a file
     *                       retried alone has at least this much
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

    /** A child expected to see at most this many files compiles with C1 only; see {@link #expect}. */
    static final int QUICK_START_FILES = 2_500;

    private final TikaPolicy policy;
    private final Limits limits;
    private final int lanes;
    private volatile boolean quickStart;
    private final WorkerArchive archive;
    private final WorkerProcess worker;
    /** Read lock: a request among others. Write lock: a retry, alone in the child. */
    private final ReadWriteLock alone = new ReentrantReadWriteLock();
    /** One permit per lane: the child never holds more requests than it has lanes. */
    private final Semaphore freeLanes;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param lanes how many files the child extracts at once: the number of indexing threads */
    public IsolatedExtractor(TikaPolicy policy, int lanes, Limits limits) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1: " + lanes);
        }
        this.policy = policy;
        this.limits = limits;
        this.lanes = lanes;
        this.freeLanes = new Semaphore(lanes);
        this.archive = limits.classCache() == null ? null
                : WorkerArchive.in(limits.classCache(), System.getProperty("java.class.path"));
        this.worker = new WorkerProcess(this::command, archive != null ? WRITER_EXIT_WAIT : EXIT_WAIT);
    }

    @Override
    public Extraction extract(Path file) throws ExtractionException {
        String request = file.toAbsolutePath().toString();
        if (request.indexOf('\n') >= 0 || request.indexOf('\r') >= 0) {
            throw ExtractionException.failed("a file name with a line break cannot be passed to the extraction "
                    + "worker", null);
        }
        // The child enforces the policy's timeout itself; the margin covers its start-up and a stuck parser that
        // ignores interruption, after which the whole child is killed.
        long budget = policy.timeout().toMillis() + limits.grace().toMillis();
        String line;
        try {
            line = ask(alone.readLock(), request, budget);
        } catch (WorkerProcess.WorkerDied e) {
            if (!e.shared()) {
                throw died(file, e);
            }
            LOG.info("{}: tried again alone ({})", file.getFileName(), e.getMessage());
            try {
                line = ask(alone.writeLock(), request, budget);
            } catch (WorkerProcess.WorkerDied again) {
                throw died(file, again);
            }
        }
        try {
            WorkerReply reply = json.readValue(line, WorkerReply.class);
            if (reply.extraction() != null) {
                return reply.extraction();
            }
            throw new ExtractionException(reply.outcome(), reply.reason(), null);
        } catch (IOException e) {
            throw ExtractionException.failed("extraction worker protocol error: " + e.getMessage(), e);
        }
    }

    /**
     * Sends the request once a lane is free. The child could queue requests itself, but the budget is counted
     * from the moment a request is sent: a file queued behind two slow ones would run out of time, and the child
     * be killed, while no parser was stuck. Callers beyond the lanes (see {@code IngestOptions#indexingThreads})
     * wait here instead, and a freed lane gets the next file within a round trip.
     */
    private String ask(Lock lock, String request, long budget) throws WorkerProcess.WorkerDied {
        lock.lock();
        try {
            freeLanes.acquireUninterruptibly();
            try {
                return worker.ask(request, budget);
            } finally {
                freeLanes.release();
            }
        } finally {
            lock.unlock();
        }
    }

    private static ExtractionException died(Path file, WorkerProcess.WorkerDied e) {
        LOG.warn("extraction worker ended on {}: {}", file.getFileName(), e.getMessage());
        return ExtractionException.failed(e.getMessage(), e);
    }

    /**
     * Chooses how a child started from now on compiles code. The C2 compiler's work on Tika's and PDFBox's many
     * large methods costs a child more CPU than its faster code saves over a few thousand files: on corpus-real,
     * 818 files in one child took 25-28 s of CPU with C1 only and 37-50 s tiered, and all 1,644 files in one
     * child with two lanes 80-88 s against 96-100 s for the whole build. Over many files C2 wins (20,000 generated
     * files: 92 s with C1 only, 62 s tiered). So a child that will see at most {@value #QUICK_START_FILES} files
     * runs with {@code -XX:TieredStopAtLevel=1}.
     */
    @Override
    public void expect(int files) {
        quickStart = files <= QUICK_START_FILES;
    }

    /**
     * The command line the child starts with now. It reads the class archive, or writes one at exit when there is
     * none yet: with a single child, that child is the writer.
     */
    List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + (long) limits.heapMb() * lanes + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-Xss4m"));
        if (quickStart) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        if (archive != null) {
            cmd.addAll(archive.writerOptions());
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ExtractWorker.class.getName(), Integer.toString(policy.maxChars()),
                Long.toString(policy.maxFileBytes()), Long.toString(policy.timeout().toMillis()),
                Integer.toString(lanes)));
        if (limits.extractorClass() != null) {
            cmd.add(limits.extractorClass());
        }
        return cmd;
    }

    /** Stops the child; then keeps the class archive it dumped, if it exited cleanly. */
    @Override
    public void close() {
        boolean clean = worker.stop();
        if (archive != null) {
            archive.publish(clean);
        }
    }
}
