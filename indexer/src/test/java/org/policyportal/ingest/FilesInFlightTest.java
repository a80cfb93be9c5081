package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.extract.Extraction;
import org.policyportal.extract.ExtractionException;
import org.policyportal.extract.Extractor;
import org.policyportal.extract.TextExtractor;
import org.policyportal.extract.TikaPolicy;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.LanguageGuesser;
import org.policyportal.metadata.MetadataResolver;

/** How many files a run asks its extractor for at once: one more than the lanes of an extraction child. */
class FilesInFlightTest {

    private static Extractor real;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() {
        Fixtures.quietLogs();
        real = new Extractor(TikaPolicy.defaults());
    }

    @AfterAll
    static void close() {
        real.close();
    }

    @Test
    void childProcessExtractionKeepsOneFileWaitingBeyondItsLanes() throws Exception {
        assertThat(maxInFlight(IngestOptions.Isolation.childProcesses(256), 2, 3)).isEqualTo(3);
        assertThat(maxInFlight(IngestOptions.Isolation.childProcesses(256), 1, 2)).isEqualTo(2);
    }

    @Test
    void inProcessExtractionTakesOneFilePerThread() throws Exception {
        assertThat(maxInFlight(IngestOptions.Isolation.inProcess(), 2, 2)).isEqualTo(2);
    }

    @Test
    void indexingThreadsFollowTheIsolation() {
        IngestOptions options = new IngestOptions(tmp, null, tmp.resolve("index"), 4, true, TikaPolicy.defaults());
        assertThat(options.indexingThreads()).isEqualTo(4);
        assertThat(options.withIsolation(IngestOptions.Isolation.childProcesses(256)).indexingThreads()).isEqualTo(5);
    }

    /**
     * The most files the run had inside {@code extract} at once; each call waits (up to 2 s) until {@code target}
     * calls have been in at once, so a run that can reach the target does, whatever the scheduling.
     */
    private int maxInFlight(IngestOptions.Isolation isolation, int threads, int target) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus-" + isolation.processes() + threads));
        for (int i = 0; i < 8; i++) {
            Files.writeString(corpus.resolve("f" + i + ".txt"), "Clause " + i + ": suppliers shall use TLS 1.3.");
        }
        IngestOptions options = new IngestOptions(corpus, null, tmp.resolve("index-" + isolation.processes() + threads),
                threads, true, TikaPolicy.defaults(), isolation);
        Counting extractor = new Counting(target);
        DocumentPipeline pipeline = new DocumentPipeline(extractor, new MetadataResolver(new LanguageGuesser()),
                new ClauseSplitter(), new NoStandardsEnricher());
        IngestRun.Result result = new IngestRun(options, new IndexSchema(), pipeline).run();
        assertThat(result.report().count(ReportEntry.Status.indexed)).isEqualTo(8);
        return extractor.max.get();
    }

    /** Counts the calls inside {@link #extract} at once, then extracts with the real extractor. */
    private static final class Counting implements TextExtractor {
        private final int target;
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        Counting(int target) {
            this.target = target;
        }

        @Override
        public Extraction extract(Path file) throws ExtractionException {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (max.get() < target && System.nanoTime() < until) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
                return real.extract(file);
            } finally {
                now.decrementAndGet();
            }
        }

        @Override
        public void close() {
        }
    }
}
