package org.policyportal.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves paths named by manifests against the corpus root and refuses every path that would leave it:
 * absolute paths, {@code ..} segments that climb out, and symbolic links whose target lies outside.
 *
 * <p>Thread-safe: immutable.
 */
public final class CorpusPaths {

    private final Path root;
    private final Path realRoot;

    public CorpusPaths(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The relative, forward-slash key of a file under the root. */
    public String key(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Resolves a manifest path relative to {@code base} (a folder inside the root). Empty when the path is
     * absolute, climbs out of the root, or resolves (through links) to a place outside it; such paths are
     * never read.
     */
    public Optional<Path> resolve(Path base, String manifestPath) {
        String p = manifestPath.strip().replace('\\', '/');
        if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            return Optional.empty();
        }
        Path candidate = base.resolve(p).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        return isInside(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** True when {@code file} and every link on its way stay under the root (a missing file counts as inside). */
    public boolean isInside(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return false;
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return abs.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
