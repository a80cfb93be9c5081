package org.policyportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratch directories for test fixtures that outlive one test (a shared index, a browser profile). They go under
 * the module's {@code target/test-tmp/}, not the system temporary directory: each run used to leave about ten of
 * them in {@code /tmp}, and {@code target/} is removed by {@code mvn clean} and ignored by git.
 */
final class TestDirs {

    private static final Path ROOT = Path.of("target", "test-tmp");

    private TestDirs() {
    }

    /** A new, empty directory whose name starts with {@code prefix}. */
    static Path create(String prefix) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT.toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
