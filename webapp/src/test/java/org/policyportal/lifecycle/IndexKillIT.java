package org.policyportal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexLayout;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.StandardLabels;
import org.slf4j.LoggerFactory;

/**
 * Kills the indexer ({@code portal.jar index}, a separate JVM) with SIGKILL at seeded random moments and checks
 * after every kill that the published index is whole: it opens, {@link CheckIndex} finds it clean, it answers a
 * search, and it holds exactly the documents of the last run that published. Then a normal run must succeed and
 * delete the generations the killed runs left behind. Skipped when {@code target/portal.jar} was not built (it
 * is, by {@code package}, before failsafe runs this).
 */
class IndexKillIT {

    static final long SEED = 9_042_026L;
    static final int KILLS = 5;
    static final Path JAR = Path.of(System.getProperty("portal.jar", "target/portal.jar"));

    @TempDir
    Path tmp;

    @Test
    void killedIndexerNeverDamagesTheServedIndexAndTheNextRunCleansUp() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "portal.jar not built: run mvn package first");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        IndexLayout layout = new IndexLayout(index);
        Random random = new Random(SEED);
        int files = 0;
        while (files < 6) {
            addDocument(corpus, files++, random);
        }
        assertThat(index(corpus, index, true, -1)).as("first run exit code").isZero();
        String liveGen = layout.current().orElseThrow().getFileName().toString();
        int expected = files;
        assertWhole(layout, expected);

        List<String> log = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            addDocument(corpus, files++, random);
            long delay = 300 + random.nextInt(9_000);
            Integer exit = index(corpus, index, true, delay);
            String now = layout.current().orElseThrow().getFileName().toString();
            if (!now.equals(liveGen)) {
                expected = files; // the run got as far as publishing before the kill
                liveGen = now;
            }
            log.add("kill after " + delay + " ms: exit " + exit + ", live " + now);
            assertWhole(layout, expected);
        }

        try (Stream<Path> gens = Files.list(index)) {
            log.add("generations on disk before the normal run: "
                    + gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList());
        }
        LoggerFactory.getLogger(IndexKillIT.class).info("kills: {}", log);
        addDocument(corpus, files++, random);
        assertThat(index(corpus, index, false, -1)).as("normal run after the kills; %s", log).isZero();
        assertWhole(layout, files);
        Path current = layout.current().orElseThrow();
        try (Stream<Path> gens = Files.list(index)) {
            List<Path> left = gens.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
            assertThat(left).as("only the live and the previous generation remain; %s", log)
                    .contains(current).hasSizeLessThanOrEqualTo(2);
        }
    }

    /** Runs {@code portal.jar index}; with {@code killAfterMs >= 0} SIGKILLs it then; returns the exit code. */
    private Integer index(Path corpus, Path index, boolean full, long killAfterMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toAbsolutePath().toString(), "index",
                "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "1"));
        if (full) {
            cmd.add("--full");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("indexer.log").toFile()).start();
        if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            p.waitFor(30, TimeUnit.SECONDS);
            return null;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("indexer finished").isTrue();
        return p.exitValue();
    }

    /** The served generation opens, checks clean, is searched by the portal, and holds {@code documents}. */
    private static void assertWhole(IndexLayout layout, int documents) throws IOException {
        try (LuceneSearchService service = new LuceneSearchService(layout.root(), StandardLabels.fallback(),
                Duration.ZERO)) {
            SearchResult r = service.search(SearchRequest.of("security supplier"));
            assertThat(r.total()).as("portal search over the live index").isEqualTo(documents);
        }
        Path live = layout.current().orElseThrow(() -> new AssertionError("no live generation"));
        try (Directory dir = FSDirectory.open(live)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(new IndexSearcher(reader).count(IndexSchema.parentsQuery())).as("documents in %s", live)
                        .isEqualTo(documents);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(dir)) {
                check.setInfoStream(new PrintStream(out, true, StandardCharsets.UTF_8));
                assertThat(check.checkIndex().clean).as("CheckIndex of %s:%n%s", live, out).isTrue();
            }
        }
    }

    private static void addDocument(Path corpus, int n, Random random) throws IOException {
        String[] words = {"security", "procurement", "supplier", "cloud", "encryption", "dnssec", "dmarc", "tls",
                "ipv6", "contract", "audit", "certification", "risk", "incident", "patch", "network"};
        StringBuilder sb = new StringBuilder("# Policy document ").append(n).append("\n\n");
        for (int s = 1; s <= 6; s++) {
            sb.append("## Section ").append(s).append("\n\nSuppliers must ensure security. ");
            for (int w = 0; w < 150; w++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            sb.append(".\n\n");
        }
        Files.writeString(corpus.resolve("policy-%03d.md".formatted(n)), sb.toString());
    }
}
