package org.policyportal.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * On-disk layout of a published index. The index root holds generation directories
 * ({@code gen-000001}, {@code gen-000002} ...) and a {@code CURRENT} file naming the live one. A generation is
 * complete before {@code CURRENT} points at it, and {@code CURRENT} is replaced by an atomic rename, so a
 * reader never sees a half-written index and a killed indexer leaves the previous generation serving.
 *
 * <p>Thread-safe: stateless; concurrent readers of {@code CURRENT} see the old or the new name, never a mix.
 */
public final class IndexLayout {

    public static final String CURRENT = "CURRENT";
    public static final String REPORT = "ingest-report.json";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6})");

    private final Path root;

    public IndexLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The live generation directory, if one was ever published and still exists. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        if (!GENERATION.matcher(name).matches()) {
            return Optional.empty();
        }
        Path dir = root.resolve(name);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** Number of the live generation, 0 when none. */
    public int currentGeneration() throws IOException {
        return current().map(p -> generationOf(p.getFileName().toString())).orElse(0);
    }

    /** The directory for a new generation after the highest one present on disk (published or not). */
    public Path nextGeneration() throws IOException {
        Files.createDirectories(root);
        int max = 0;
        try (var entries = Files.list(root)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                max = Math.max(max, generationOf(p.getFileName().toString()));
            }
        }
        return root.resolve("gen-%06d".formatted(max + 1));
    }

    /** Makes {@code generation} the live index with one atomic rename of the pointer file. */
    public void publish(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the index folder's file system cannot rename atomically: " + root, e);
        }
    }

    static int generationOf(String name) {
        var m = GENERATION.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
