package org.policyportal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class-data archive (AppCDS) that extraction workers start from. Loading Tika's, PDFBox's and POI's classes is
 * much of a worker's start: a worker extracting five files took 2.2-2.4 s and 3.0-3.3 s of CPU without one,
 * 1.6 s and 2.3-2.4 s with one.
 *
 * <p>The archive's name carries the JVM's version and each class-path entry's size and time, so a rebuilt jar or
 * another JDK gets a new one; the others in the folder are deleted. One worker, the writer, dumps its classes when
 * it exits after a run that found no archive, into a file of its own that {@link #publish} then renames into
 * place. So no worker ever reads a half-written archive, and two runs sharing the folder never write one file. A
 * JVM that cannot use an archive (a class path with folders, as in tests) runs without it.
 *
 * <p>Thread-safe: immutable; the file system is the only state.
 */
final class WorkerArchive {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerArchive.class);
    private static final String PREFIX = "worker-";
    /** A dynamic archive's magic number; its first four bytes, in the file's byte order (little- or big-endian). */
    private static final int MAGIC = 0xf00baba8;
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path written;

    private WorkerArchive(Path archive, Path written) {
        this.archive = archive;
        this.written = written;
    }

    /** The archive for this JVM and class path in {@code folder}; null when the folder cannot be used. */
    static WorkerArchive in(Path folder, String classPath) {
        try {
            Files.createDirectories(folder);
            Path archive = folder.resolve(PREFIX + key(classPath) + ".jsa");
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*")) {
                for (Path p : old) {
                    if (!p.equals(archive) && !isPartOfARunningDump(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            if (Files.exists(archive) && !hasMagic(archive)) {
                Files.delete(archive);
            }
            // the pid tells other runs the dump is in progress; the nonce keeps two extractors of one JVM apart
            Path written = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + ".tmp");
            return new WorkerArchive(archive, written);
        } catch (IOException | RuntimeException e) {
            LOG.info("extraction workers start without a class archive: {}", e.toString());
            return null;
        }
    }

    /** JVM options of a worker that reads the archive when there is one. */
    List<String> readerOptions() {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        return concat("-XX:SharedArchiveFile=" + archive);
    }

    /** JVM options of the writer: read the archive, or dump one at exit when there is none yet. */
    List<String> writerOptions() {
        return Files.isRegularFile(archive) ? readerOptions() : concat("-XX:ArchiveClassesAtExit=" + written);
    }

    /** Moves what the writer dumped into place; {@code exitedCleanly} false (killed, failed) discards it. */
    void publish(boolean exitedCleanly) {
        try {
            if (exitedCleanly && Files.isRegularFile(written) && hasMagic(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                LOG.info("extraction workers' class archive written: {}", archive);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            LOG.info("extraction workers' class archive not kept: {}", e.toString());
        }
    }

    Path archive() {
        return archive;
    }

    private static List<String> concat(String option) {
        return List.of(option, QUIET.get(0), QUIET.get(1));
    }

    /** Another run's dump in progress: its name carries the pid of a live process ({@code .jsa.<pid>-<nonce>.tmp}). */
    private static boolean isPartOfARunningDump(Path p) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".tmp")) {
            return false;
        }
        String[] parts = name.split("\\.");
        try {
            long pid = Long.parseLong(parts[parts.length - 2].split("-")[0]);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean hasMagic(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return false;
            }
            int first = ByteBuffer.wrap(head).getInt();
            return first == MAGIC || Integer.reverseBytes(first) == MAGIC;
        }
    }

    /** The JVM's version and every class-path entry's name, size and modification time, hashed. */
    static String key(String classPath) throws IOException {
        StringBuilder k = new StringBuilder(System.getProperty("java.vm.version"));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            k.append('|').append(entry);
            if (Files.exists(p)) {
                k.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            }
        }
        return Long.toHexString(hash64(k.toString()));
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
