package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPathsTest {

    @TempDir
    Path tmp;

    @Test
    void refusesEveryPathThatLeavesTheRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Files.createDirectories(root.resolve("a"));
        Files.writeString(tmp.resolve("outside.txt"), "secret");
        CorpusPaths paths = new CorpusPaths(root);
        for (String p : new String[] {"../outside.txt", "a/../../outside.txt", "/etc/passwd", "C:\\x", "c:/x",
                "\\\\server\\share\\x", "~/x", "", "   "}) {
            assertThat(paths.resolve(root, p)).as(p).isEmpty();
        }
        // A sub-folder manifest may not climb out either.
        assertThat(paths.resolve(root.resolve("a"), "../../outside.txt")).isEmpty();
    }

    @Test
    void refusesSymlinksLeavingTheRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "secret");
        Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outsideDir.resolve("f.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        Files.createSymbolicLink(root.resolve("dirlink"), outsideDir);
        CorpusPaths paths = new CorpusPaths(root);
        assertThat(paths.resolve(root, "link.txt")).isEmpty();
        assertThat(paths.resolve(root, "dirlink/f.txt")).isEmpty();
        assertThat(paths.isInside(root.resolve("link.txt"))).isFalse();
    }

    @Test
    void acceptsPathsInside() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Path file = Files.writeString(Files.createDirectories(root.resolve("NL")).resolve("a.txt"), "x");
        Path target = Files.writeString(root.resolve("target.txt"), "x");
        Files.createSymbolicLink(root.resolve("inner-link.txt"), target);
        CorpusPaths paths = new CorpusPaths(root);
        assertThat(paths.resolve(root, "NL/a.txt")).contains(file.toAbsolutePath().normalize());
        assertThat(paths.resolve(root, "./NL/../NL/a.txt")).contains(file.toAbsolutePath().normalize());
        assertThat(paths.resolve(root, "NL\\a.txt")).contains(file.toAbsolutePath().normalize());
        assertThat(paths.resolve(root.resolve("NL"), "a.txt")).contains(file.toAbsolutePath().normalize());
        assertThat(paths.resolve(root, "inner-link.txt")).isPresent();
        assertThat(paths.resolve(root, "missing.txt")).isPresent();
        assertThat(paths.key(file)).isEqualTo("NL/a.txt");
    }
}
