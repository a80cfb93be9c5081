package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child-process extraction: files that hang, crash the JVM or exhaust its heap fail with a clear reason, the
 * worker is replaced, and the next file is extracted normally. With several lanes, files run in the child at
 * once, and a file in flight when another one ends the child is tried again alone.
 */
class IsolatedExtractorTest {

    @TempDir
    Path tmp;

    /**
     * Runs inside the worker JVM: behaves according to the file name. Every attempt is counted in
     * {@code <name>.attempts} and leaves {@code <name>.started} beside the file.
     */
    public static final class Scripted implements TextExtractor {
        @Override
        public Extraction extract(Path file) throws ExtractionException {
            String name = file.getFileName().toString();
            Path dir = file.getParent();
            try {
                Files.writeString(dir.resolve(name + ".attempts"), "x", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                Files.writeString(dir.resolve(name + ".started"), "");
                if (name.startsWith("pair-")) { // returns only once its peer has started too
                    String peer = name.equals("pair-a.txt") ? "pair-b.txt" : "pair-a.txt";
                    if (!waitFor(() -> Files.exists(dir.resolve(peer + ".started")))) {
                        throw ExtractionException.failed("the peer never started", null);
                    }
                }
                if (name.startsWith("slow")) {
                    Thread.sleep(1500);
                }
                if (name.startsWith("patient")) { // waits while the test holds it
                    waitFor(() -> !Files.exists(dir.resolve("hold")));
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw ExtractionException.failed("script: " + e, e);
            }
            if (name.startsWith("hang")) {
                while (true) {
                    Thread.onSpinWait(); // a parser stuck in a loop that ignores interruption
                }
            }
            if (name.startsWith("crash")) {
                Runtime.getRuntime().halt(42);
            }
            if (name.startsWith("oom")) {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            if (name.startsWith("error")) {
                throw new AssertionError("an error no lane answers for");
            }
            if (name.startsWith("bad")) {
                throw ExtractionException.failed("not a policy", null);
            }
            return Extraction.of(List.of(Block.heading(1, "Title"), Block.paragraph("text of " + name)),
                    "text/plain", name, false);
        }

        @Override
        public void close() {
        }
    }

    /** Polls for up to 20 s; true once the condition holds. */
    static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private IsolatedExtractor scripted() {
        return scripted(1);
    }

    /** The child's budget per file is the 0.5 s timeout plus 4 s of grace. */
    private IsolatedExtractor scripted(int lanes) {
        return TestExtractors.scriptedChild(lanes);
    }

    private int attempts(String name) throws Exception {
        Path counter = tmp.resolve(name + ".attempts");
        return Files.exists(counter) ? Files.readString(counter).length() : 0;
    }

    /** Extracts on another thread; the future holds the extraction or the exception. */
    private static CompletableFuture<Extraction> inBackground(IsolatedExtractor x, Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return x.extract(file);
            } catch (ExtractionException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    private Path file(String name) throws Exception {
        return Files.writeString(tmp.resolve(name), "x");
    }

    @Test
    void hostileFilesFailAndTheWorkerIsReplaced() throws Exception {
        try (IsolatedExtractor x = scripted()) {
            assertThat(x.extract(file("a.txt")).blocks()).containsExactly(Block.heading(1, "Title"),
                    Block.paragraph("text of a.txt"));
            assertThatThrownBy(() -> x.extract(file("hang.txt")))
                    .isInstanceOf(ExtractionException.class).hasMessageContaining("timed out");
            assertThat(x.extract(file("b.txt")).title()).isEqualTo("b.txt");
            assertThatThrownBy(() -> x.extract(file("crash.txt")))
                    .hasMessageContaining("crashed (exit code 42)");
            assertThat(x.extract(file("c.txt")).title()).isEqualTo("c.txt");
            assertThatThrownBy(() -> x.extract(file("oom.txt")))
                    .hasMessageContaining("ran out of memory");
            assertThat(x.extract(file("d.txt")).title()).isEqualTo("d.txt");
        }
    }

    @Test
    void lanesExtractFilesAtOnce() throws Exception {
        try (IsolatedExtractor x = scripted(2)) {
            Path a = file("pair-a.txt");
            Path b = file("pair-b.txt");
            CompletableFuture<Extraction> first = inBackground(x, a);
            assertThat(x.extract(b).title()).isEqualTo("pair-b.txt");
            assertThat(first.get().title()).isEqualTo("pair-a.txt");
            assertThat(attempts("pair-a.txt")).isEqualTo(1);
            assertThat(attempts("pair-b.txt")).isEqualTo(1);
        }
    }

    @Test
    void aFileInFlightWhenAnotherCrashesTheWorkerIsTriedAgainAlone() throws Exception {
        try (IsolatedExtractor x = scripted(2)) {
            CompletableFuture<Extraction> slow = inBackground(x, file("slow.txt"));
            assertThat(waitFor(() -> Files.exists(tmp.resolve("slow.txt.started")))).isTrue();
            assertThatThrownBy(() -> x.extract(file("crash.txt"))).hasMessageContaining("crashed (exit code 42)");
            assertThat(slow.get().title()).isEqualTo("slow.txt");
            // both were in the child when it died, so both were tried again, each alone
            assertThat(attempts("slow.txt")).isEqualTo(2);
            assertThat(attempts("crash.txt")).isEqualTo(2);

            assertThatThrownBy(() -> x.extract(file("crash-alone.txt"))).hasMessageContaining("exit code 42");
            assertThat(attempts("crash-alone.txt")).as("alone in the child, so not tried again").isEqualTo(1);
            assertThat(x.extract(file("after.txt")).title()).isEqualTo("after.txt");
        }
    }

    @Test
    void aFileInFlightWhenAnotherTimesOutIsTriedAgainAlone() throws Exception {
        try (IsolatedExtractor x = scripted(2)) {
            Files.writeString(tmp.resolve("hold"), "");
            CompletableFuture<Extraction> hang = inBackground(x, file("hang.txt"));
            assertThat(waitFor(() -> Files.exists(tmp.resolve("hang.txt.started")))).isTrue();
            Thread.sleep(1000); // so the hanging file's budget ends well before the patient one's
            CompletableFuture<Extraction> patient = inBackground(x, file("patient.txt"));
            assertThatThrownBy(hang::get).hasCauseInstanceOf(ExtractionException.class)
                    .hasMessageContaining("timed out");
            Files.delete(tmp.resolve("hold"));
            assertThat(patient.get().title()).isEqualTo("patient.txt");
            assertThat(attempts("patient.txt")).isEqualTo(2);
            assertThat(attempts("hang.txt")).as("its own budget ran out: it is to blame").isEqualTo(1);
        }
    }

    @Test
    void aFileWaitingForAFreeLaneIsNotTimedUntilItIsSent() throws Exception {
        try (IsolatedExtractor x = scripted(1)) {
            Files.writeString(tmp.resolve("hold"), "");
            CompletableFuture<Extraction> patient = inBackground(x, file("patient.txt"));
            assertThat(waitFor(() -> Files.exists(tmp.resolve("patient.txt.started")))).isTrue();
            // the only lane is busy; had this request been sent now, 3 s of waiting and 1.5 s of work would exceed
            // its 4.5 s budget and the child would be killed with no parser stuck
            CompletableFuture<Extraction> next = inBackground(x, file("slow-next.txt"));
            Thread.sleep(3000);
            assertThat(Files.exists(tmp.resolve("slow-next.txt.started"))).isFalse();
            Files.delete(tmp.resolve("hold"));
            assertThat(patient.get().title()).isEqualTo("patient.txt");
            assertThat(next.get().title()).isEqualTo("slow-next.txt");
            assertThat(attempts("patient.txt")).isEqualTo(1);
            assertThat(attempts("slow-next.txt")).isEqualTo(1);
        }
    }

    @Test
    void anErrorNoLaneCanAnswerEndsTheWorkerInsteadOfLeavingTheFileWaiting() throws Exception {
        try (IsolatedExtractor x = scripted()) {
            assertThatThrownBy(() -> x.extract(file("error.txt")))
                    .hasMessageContaining("crashed (exit code " + ExtractWorker.EXIT_LANE_DIED + ")");
            assertThat(x.extract(file("after-error.txt")).title()).isEqualTo("after-error.txt");
        }
    }

    @Test
    void aFileNameWithALineBreakIsRefusedWithAReason() throws Exception {
        try (IsolatedExtractor x = scripted()) {
            assertThatThrownBy(() -> x.extract(tmp.resolve("two\nlines.txt")))
                    .isInstanceOf(ExtractionException.class).hasMessageContaining("line break");
        }
    }

    @Test
    void extractionErrorsKeepTheirOutcomeAndReason() throws Exception {
        try (IsolatedExtractor x = scripted()) {
            assertThatThrownBy(() -> x.extract(file("bad.txt")))
                    .isInstanceOfSatisfying(ExtractionException.class, e -> {
                        assertThat(e.outcome()).isEqualTo(ExtractionException.Outcome.FAILED);
                        assertThat(e.reason()).isEqualTo("not a policy");
                    });
        }
    }

    @Test
    void realTikaExtractionGivesTheSameBlocksAsInProcess() throws Exception {
        Path md = Files.writeString(tmp.resolve("p.md"), "# Rules\n\n1. Suppliers shall use TLS 1.3.\n");
        try (IsolatedExtractor child = new IsolatedExtractor(TikaPolicy.defaults(), 1,
                IsolatedExtractor.Limits.withHeap(256)); Extractor local = new Extractor(TikaPolicy.defaults())) {
            assertThat(child.extract(md)).isEqualTo(local.extract(md));
        }
    }

    @Test
    void aWorkerThatWillSeeFewFilesCompilesWithC1Only() throws Exception {
        String quick = "-XX:TieredStopAtLevel=1";
        try (IsolatedExtractor x = new IsolatedExtractor(TikaPolicy.defaults(), 2, IsolatedExtractor.Limits.withHeap(256))) {
            assertThat(x.command()).doesNotContain(quick).contains("-Xmx512m");
            x.expect(IsolatedExtractor.QUICK_START_FILES);
            assertThat(x.command()).contains(quick);
            Path md = Files.writeString(tmp.resolve("q.md"), "# Rules\n\n1. Suppliers shall use TLS 1.3.\n");
            try (Extractor local = new Extractor(TikaPolicy.defaults())) {
                assertThat(x.extract(md)).isEqualTo(local.extract(md));
            }
            x.expect(IsolatedExtractor.QUICK_START_FILES + 1);
            assertThat(x.command()).doesNotContain(quick);
        }
    }
}
