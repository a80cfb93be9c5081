package org.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.extract.IsolatedExtractor;
import org.policyportal.extract.TestExtractors;
import org.policyportal.extract.TikaPolicy;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.LanguageGuesser;
import org.policyportal.metadata.MetadataResolver;

/**
 * A whole run with extraction in a child JVM, two lanes and the run's spare thread, over files that hang, crash or
 * exhaust the child: every file ends up indexed or failed with its own reason, and the run does not stall while
 * files wait for lanes, retries wait to be alone and the child is replaced.
 */
class IsolatedIngestTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void quiet() {
        Fixtures.quietLogs();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyFileIsIndexedOrFailsWithItsOwnReason() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : new String[] {"a.txt", "b.txt", "crash.txt", "c.txt", "hang.txt", "d.txt", "oom.txt",
            "e.txt", "bad.txt", "f.txt", "slow-g.txt", "h.txt"}) {
            Files.writeString(corpus.resolve(name), name); // distinct bytes: no file is a duplicate of another
        }
        IngestOptions options = new IngestOptions(corpus, null, tmp.resolve("index"), 2, true, TikaPolicy.defaults(),
                IngestOptions.Isolation.childProcesses(64));
        IngestRun.Result result;
        try (IsolatedExtractor extractor = TestExtractors.scriptedChild(2)) {
            DocumentPipeline pipeline = new DocumentPipeline(extractor, new MetadataResolver(new LanguageGuesser()),
                    new ClauseSplitter(), new NoStandardsEnricher());
            result = new IngestRun(options, new IndexSchema(), pipeline).run();
        }

        Map<String, ReportEntry> byPath = result.report().entries().stream()
                .collect(Collectors.toMap(ReportEntry::path, e -> e));
        assertThat(byPath).hasSize(12);
        for (String ok : new String[] {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "slow-g.txt", "h.txt"}) {
            assertThat(byPath.get(ok).status()).as(ok).isEqualTo(ReportEntry.Status.indexed);
        }
        assertThat(byPath.get("crash.txt").reason()).contains("crashed (exit code 42)");
        assertThat(byPath.get("hang.txt").reason()).contains("timed out");
        assertThat(byPath.get("oom.txt").reason()).contains("ran out of memory");
        assertThat(byPath.get("bad.txt").reason()).isEqualTo("not a policy");
        for (String failed : new String[] {"crash.txt", "hang.txt", "oom.txt", "bad.txt"}) {
            assertThat(byPath.get(failed).status()).as(failed).isEqualTo(ReportEntry.Status.failed);
        }
        assertThat(result.published()).isTrue();
    }
}
