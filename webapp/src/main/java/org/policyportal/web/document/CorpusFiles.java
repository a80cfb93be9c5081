package org.policyportal.web.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a document's corpus-relative path to a readable file inside the corpus root, and nothing else.
 * Refuses absolute paths, {@code ..} escapes, and symlinks whose real target lies outside the root; an index
 * written from another corpus, or a tampered one, therefore cannot make the portal serve arbitrary files.
 * Immutable and thread-safe.
 */
public final class CorpusFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusFiles.class);

    private final Path root;

    public CorpusFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The regular file for {@code relativePath}, or empty when it is missing or not safely inside the root. */
    public Optional<Path> resolve(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.startsWith("/")
                || relativePath.startsWith("\\") || relativePath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path relative;
        try {
            relative = Path.of(relativePath);
        } catch (InvalidPathException e) {
            LOG.warn("refused original with an invalid path: {}", e.getMessage());
            return Optional.empty();
        }
        if (relative.isAbsolute()) {
            return Optional.empty();
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        try {
            // the lexical check above cannot see symlinks; the real paths can
            Path real = candidate.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                LOG.warn("refused original {}: its real path leaves the corpus root", relativePath);
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + relativePath + " under " + root, e);
        }
    }
}
