package org.policyportal.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policyportal.metadata.CorpusPaths;
import org.policyportal.metadata.Manifest;
import org.policyportal.metadata.Sidecar;

/**
 * Finds the files of a corpus and the metadata given for each. Sources: the root manifest (paths relative to
 * the corpus root), any {@code manifest.csv} in a sub-folder (paths relative to that folder, so a fetched
 * {@code downloads/} folder brings its own), and sidecars. Every manifest row and every file ends up either
 * as a {@link Candidate} or as a report entry saying why not: rows whose file is missing, paths that leave the
 * corpus (refused unread), links that point outside, hidden files and files matched by {@code .indexignore}.
 *
 * <p>Not thread-safe: one scan per instance.
 */
public final class CorpusScanner {

    public static final String MANIFEST_NAME = "manifest.csv";
    public static final String IGNORE_FILE = ".indexignore";

    private final CorpusPaths paths;
    private final Path rootManifest;
    private final IngestReport report;
    /** Keys that already have a report entry from this scan. */
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    /** @param rootManifest the corpus manifest, or null for none */
    public CorpusScanner(CorpusPaths paths, Path rootManifest, IngestReport report) {
        this.paths = paths;
        this.rootManifest = rootManifest == null ? null : rootManifest.toAbsolutePath().normalize();
        this.report = report;
    }

    /** Candidates in path order. */
    public List<Candidate> scan() throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        List<PathMatcher> ignores = ignoreMatchers();
        Files.walkFileTree(paths.root(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(paths.root()) && dir.getFileName().toString().startsWith(".");
                if (hidden || ignored(ignores, dir)) {
                    // One entry for the folder, so its files are not silently absent from the report.
                    report(ReportEntry.skipped(paths.key(dir) + "/", hidden ? "hidden folder, not scanned"
                            : "folder ignored by " + IGNORE_FILE));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                String key = paths.key(file);
                if (file.equals(rootManifest) || Sidecar.isSidecar(file) || name.equals(IGNORE_FILE)) {
                    return FileVisitResult.CONTINUE;
                }
                if (name.equals(MANIFEST_NAME)) {
                    manifests.add(file);
                } else if (name.startsWith(".")) {
                    report(ReportEntry.skipped(key, "hidden file"));
                } else if (ignored(ignores, file)) {
                    report(ReportEntry.skipped(key, "ignored by " + IGNORE_FILE));
                } else if (attrs.isSymbolicLink() && !paths.isInside(file)) {
                    report(ReportEntry.failed(key, "refused: symbolic link leads outside the corpus", 0, List.of()));
                } else if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
                    report(ReportEntry.failed(key, "refused: symbolic link to something that is not a file", 0,
                            List.of()));
                } else if (!attrs.isOther()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                report(ReportEntry.failed(paths.key(file), "cannot read: " + e.getMessage(), 0, List.of()));
                return FileVisitResult.CONTINUE;
            }
        });

        Map<Path, Map<String, String>> rows = new HashMap<>();
        Map<Path, List<String>> warnings = new HashMap<>();
        if (rootManifest != null) {
            readManifest(rootManifest, paths.root(), rows, warnings);
        }
        for (Path m : manifests) {
            readManifest(m, m.getParent(), rows, warnings);
        }

        Map<String, Candidate> out = new TreeMap<>();
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            Map<String, String> given = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>(warnings.getOrDefault(abs, List.of()));
            Map<String, String> row = rows.remove(abs);
            String source = "inferred";
            if (row != null) {
                given.putAll(row);
                source = "manifest";
            }
            Optional<Path> sidecar = Sidecar.find(file);
            if (sidecar.isPresent()) {
                try {
                    given.putAll(Sidecar.read(sidecar.get()));
                    source = row != null ? "manifest+sidecar" : "sidecar";
                } catch (IOException e) {
                    notes.add("sidecar " + sidecar.get().getFileName() + " unreadable: " + e.getMessage());
                }
            }
            if (source.equals("inferred")) {
                notes.add("not in any manifest and no sidecar: metadata inferred");
            }
            given.remove("path");
            String key = paths.key(file);
            out.put(key, new Candidate(abs, key, given, source, notes));
        }
        // Rows left over name files the walk did not find. A file the walk excluded (hidden, ignored, a link
        // leading out) already has its entry saying why; a second one for its row would count it twice.
        rows.forEach((file, row) -> {
            String key = paths.key(file);
            if (!reported.contains(key)) {
                report(ReportEntry.failed(key, Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? "listed in manifest but excluded (hidden, ignored or not a regular file)"
                        : "listed in manifest but no such file", 0, List.of()));
            }
        });
        return List.copyOf(out.values());
    }

    private void report(ReportEntry entry) {
        reported.add(entry.path());
        report.add(entry);
    }

    private void readManifest(Path manifestFile, Path base, Map<Path, Map<String, String>> rows,
                              Map<Path, List<String>> warnings) throws IOException {
        Manifest manifest = Manifest.read(manifestFile);
        manifest.problems().forEach(report::problem);
        for (Manifest.Row row : manifest.rows()) {
            Optional<Path> resolved = paths.resolve(base, row.path());
            Path lexical = base.resolve(row.path().strip().replace('\\', '/')).normalize();
            if (resolved.isEmpty() && !row.path().isBlank() && lexical.startsWith(paths.root())
                    && reported.contains(paths.key(lexical))) {
                continue; // a link inside the corpus leading out: the walk reported it, unread
            }
            if (resolved.isEmpty()) {
                report.add(ReportEntry.failed(row.path(), "refused: manifest path leaves the corpus (line "
                        + row.line() + " of " + manifestFile.getFileName() + ")", 0, List.of()));
                continue;
            }
            Path abs = resolved.get();
            if (Files.isDirectory(abs)) {
                report.add(ReportEntry.failed(row.path(), "manifest path is a folder, not a file", 0, List.of()));
            } else if (rows.putIfAbsent(abs, row.values()) != null) {
                warnings.computeIfAbsent(abs, k -> new ArrayList<>())
                        .add("listed more than once in the manifest; line " + row.line() + " ignored");
            }
        }
    }

    private List<PathMatcher> ignoreMatchers() throws IOException {
        Path file = paths.root().resolve(IGNORE_FILE);
        List<PathMatcher> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(FileSystems.getDefault().getPathMatcher("glob:" + l));
                }
            }
        }
        return out;
    }

    private boolean ignored(List<PathMatcher> ignores, Path file) {
        if (ignores.isEmpty() || file.equals(paths.root())) {
            return false;
        }
        Path rel = paths.root().relativize(file.toAbsolutePath().normalize());
        return ignores.stream().anyMatch(m -> m.matches(rel));
    }
}
