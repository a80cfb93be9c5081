package org.policyportal.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects one {@link ReportEntry} per input file and manifest row, then writes {@code ingest-report.json} and
 * prints a summary. Nothing passes through a run without an entry.
 *
 * <p>Thread-safe: entries may be added from any indexing thread.
 */
public final class IngestReport {

    private final ConcurrentLinkedQueue<ReportEntry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final Instant started = Instant.now();

    public void add(ReportEntry entry) {
        entries.add(entry);
    }

    /** A run-level problem not tied to one file (a manifest without a required column ...). */
    public void problem(String message) {
        problems.add(message);
    }

    public List<ReportEntry> entries() {
        return entries.stream().sorted(Comparator.comparing(ReportEntry::path)).toList();
    }

    public long count(ReportEntry.Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** Counts by status. */
    public Map<ReportEntry.Status, Long> counts() {
        Map<ReportEntry.Status, Long> counts = new EnumMap<>(ReportEntry.Status.class);
        for (ReportEntry.Status s : ReportEntry.Status.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    /** The report as written to disk. */
    public record Document(Instant started, Instant finished, String generation, boolean full,
                           Map<ReportEntry.Status, Long> counts, long clauses, long chars, List<String> problems,
                           List<ReportEntry> files) {
    }

    public Document snapshot(String generation, boolean full) {
        List<ReportEntry> files = entries();
        long clauses = files.stream().mapToLong(ReportEntry::clauses).sum();
        long chars = files.stream().mapToLong(ReportEntry::chars).sum();
        return new Document(started, Instant.now(), generation, full, counts(), clauses, chars, List.copyOf(problems),
                files);
    }

    public void write(Path file, String generation, boolean full) throws IOException {
        new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), snapshot(generation, full));
    }

    /** A short human summary: counts, then every failure with its reason, then reasons for skips grouped. */
    public void printSummary(PrintStream out, Path reportFile) {
        Duration took = Duration.between(started, Instant.now());
        Map<ReportEntry.Status, Long> c = counts();
        out.printf("Indexed %d, skipped %d, failed %d files in %.1f s%n", c.get(ReportEntry.Status.indexed),
                c.get(ReportEntry.Status.skipped), c.get(ReportEntry.Status.failed), took.toMillis() / 1000.0);
        for (String p : problems) {
            out.println("  problem: " + p);
        }
        Map<String, Long> skipped = new TreeMap<>();
        for (ReportEntry e : entries()) {
            if (e.status() == ReportEntry.Status.failed) {
                out.println("  failed: " + e.path() + " — " + e.reason());
            } else if (e.status() == ReportEntry.Status.skipped) {
                skipped.merge(e.reason().replaceAll(" of .*| \\(.*\\)", ""), 1L, Long::sum);
            }
        }
        skipped.forEach((reason, n) -> out.println("  skipped " + n + ": " + reason));
        long warned = entries.stream().filter(e -> !e.warnings().isEmpty()).count();
        if (warned > 0) {
            out.println("  " + warned + " files with metadata warnings (see report)");
        }
        out.println("Report: " + reportFile);
    }
}
