package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerArchiveTest {

    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3};

    @TempDir
    Path tmp;

    @Test
    void theNameChangesWithTheClassPathsFilesAndTheOldArchivesGo() throws Exception {
        Path jar = Files.write(tmp.resolve("a.jar"), new byte[] {1, 2, 3});
        Path cache = tmp.resolve("cache");
        WorkerArchive first = WorkerArchive.in(cache, jar.toString());
        Files.write(first.archive(), MAGIC);

        assertThat(WorkerArchive.in(cache, jar.toString()).archive()).isEqualTo(first.archive());
        assertThat(first.archive()).exists();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        WorkerArchive rebuilt = WorkerArchive.in(cache, jar.toString());
        assertThat(rebuilt.archive()).isNotEqualTo(first.archive());
        assertThat(first.archive()).as("the archive of the earlier jar is deleted").doesNotExist();
    }

    @Test
    void theWriterDumpsToItsOwnFileOnlyWhenThereIsNoArchiveAndReadersWaitForOne() throws Exception {
        Path jar = Files.write(tmp.resolve("a.jar"), new byte[] {1});
        WorkerArchive archive = WorkerArchive.in(tmp.resolve("cache"), jar.toString());

        assertThat(archive.readerOptions()).isEmpty();
        List<String> writer = archive.writerOptions();
        assertThat(writer.get(0)).as("never the archive itself, which readers may be mapping")
                .startsWith("-XX:ArchiveClassesAtExit=" + archive.archive() + ".").endsWith(".tmp");
        assertThat(writer).contains("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

        Path dumped = Path.of(writer.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.write(dumped, MAGIC);
        archive.publish(true);
        assertThat(dumped).doesNotExist();
        assertThat(archive.archive()).hasBinaryContent(MAGIC);
        assertThat(archive.readerOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.archive(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(archive.writerOptions()).isEqualTo(archive.readerOptions());
    }

    @Test
    void aDumpOfAWorkerThatDidNotExitCleanlyOrWithoutTheMagicNumberIsDiscarded() throws Exception {
        Path jar = Files.write(tmp.resolve("a.jar"), new byte[] {1});
        WorkerArchive archive = WorkerArchive.in(tmp.resolve("cache"), jar.toString());
        Path dumped = Path.of(archive.writerOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length()));

        Files.write(dumped, MAGIC);
        archive.publish(false);
        assertThat(dumped).doesNotExist();
        assertThat(archive.archive()).doesNotExist();

        Files.write(dumped, new byte[] {0, 0, 0, 0, 9});
        archive.publish(true);
        assertThat(archive.archive()).doesNotExist();

        Files.write(archive.archive(), new byte[] {'n', 'o', 'p', 'e'});
        WorkerArchive again = WorkerArchive.in(tmp.resolve("cache"), jar.toString());
        assertThat(again.archive()).as("an archive without the magic number is deleted").doesNotExist();
    }

    @Test
    void anotherRunsDumpInProgressIsKeptAndADeadRunsIsDeleted() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Path running = Files.write(cache.resolve("worker-0.jsa." + ProcessHandle.current().pid() + "-1.tmp"), MAGIC);
        Path dead = Files.write(cache.resolve("worker-0.jsa.2147483646-1.tmp"), MAGIC);
        Path stray = Files.write(cache.resolve("worker-0.jsa.notapid.tmp"), MAGIC);

        WorkerArchive.in(cache, Files.write(tmp.resolve("a.jar"), new byte[] {1}).toString());

        assertThat(running).exists();
        assertThat(dead).doesNotExist();
        assertThat(stray).doesNotExist();
    }

    @Test
    void anUnusableFolderMeansNoArchive() throws Exception {
        Path file = Files.write(tmp.resolve("not-a-folder"), new byte[] {1});
        assertThat(WorkerArchive.in(file, "x.jar")).isNull();
    }
}
