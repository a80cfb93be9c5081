package org.policyportal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction workers' class-data archive through the real launcher path ({@code portal.jar index
 * --class-cache}, whose class path is one jar, so the JVM can dump): the first run writes one archive, later runs
 * read it without writing it again, and a damaged archive is replaced. Skipped when {@code target/portal.jar} was
 * not built.
 */
class WorkerClassArchiveIT {

    @TempDir
    Path tmp;

    @Test
    void firstRunWritesTheArchiveLaterRunsReadItAndADamagedOneIsReplaced() throws Exception {
        assumeTrue(Files.isRegularFile(IndexKillIT.JAR), "portal.jar not built: run mvn package first");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(corpus.resolve("policy-" + i + ".html"), "<html><head><title>Policy " + i
                    + "</title></head><body><h1>Security</h1><p>Suppliers shall support DNSSEC and TLS 1.3.</p>"
                    + "<p>Mail servers use DMARC.</p></body></html>");
        }
        Path cache = tmp.resolve("cache");

        assertThat(index(corpus, cache)).as("first run").isZero();
        Path archive = onlyArchive(cache);
        assertThat(magic(archive)).as("a complete dynamic archive").isTrue();

        FileTime written = FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 10_000);
        Files.setLastModifiedTime(archive, written);
        assertThat(index(corpus, cache)).as("second run").isZero();
        assertThat(onlyArchive(cache)).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).as("read, not written again").isEqualTo(written);

        Files.writeString(archive, "damaged");
        assertThat(index(corpus, cache)).as("run over a damaged archive").isZero();
        assertThat(magic(onlyArchive(cache))).as("replaced by a complete one").isTrue();
    }

    private int index(Path corpus, Path cache) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-jar", IndexKillIT.JAR.toAbsolutePath().toString(), "index",
                "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--threads", "2",
                "--full", "--class-cache", cache.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("indexer.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("indexer finished").isTrue();
        return p.exitValue();
    }

    /** The folder holds exactly one file: the archive (no dumps left behind). */
    private static Path onlyArchive(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).startsWith("worker-").endsWith(".jsa");
            return all.get(0);
        }
    }

    private static boolean magic(Path archive) throws Exception {
        byte[] head = Files.readAllBytes(archive);
        return head.length > 4 && (head[0] & 0xff) == 0xa8 && (head[1] & 0xff) == 0xab && (head[2] & 0xff) == 0x0b
                && (head[3] & 0xff) == 0xf0;
    }
}
