package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child-process extraction: files that hang, crash the JVM or exhaust its heap fail with a clear reason, the
 * worker is replaced, and the next file is extracted normally.
 */
class IsolatedExtractorTest {

    @TempDir
    Path tmp;

    /** Runs inside the worker JVM: behaves according to the file name. */
    public static final class Scripted implements TextExtractor {
        @Override
        public Extraction extract(Path file) throws ExtractionException {
            String name = file.getFileName().toString();
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

    private IsolatedExtractor scripted() {
        return new IsolatedExtractor(TikaPolicy.defaults().withTimeout(Duration.ofMillis(500)), 1,
                new IsolatedExtractor.Limits(64, Duration.ofSeconds(4), Scripted.class.getName(), null));
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
    void workersThatWillSeeFewFilesCompileWithC1Only() throws Exception {
        String quick = "-XX:TieredStopAtLevel=1";
        try (IsolatedExtractor x = new IsolatedExtractor(TikaPolicy.defaults(), 2, IsolatedExtractor.Limits.withHeap(256))) {
            assertThat(x.command(false)).doesNotContain(quick);
            x.expect(2 * IsolatedExtractor.QUICK_START_FILES_PER_WORKER);
            assertThat(x.command(false)).contains(quick);
            Path md = Files.writeString(tmp.resolve("q.md"), "# Rules\n\n1. Suppliers shall use TLS 1.3.\n");
            try (Extractor local = new Extractor(TikaPolicy.defaults())) {
                assertThat(x.extract(md)).isEqualTo(local.extract(md));
            }
            x.expect(2 * IsolatedExtractor.QUICK_START_FILES_PER_WORKER + 1);
            assertThat(x.command(false)).doesNotContain(quick);
        }
    }
}
