package org.policyportal.ingest;

import java.util.List;

/**
 * The outcome for one input file or manifest row, as written to {@code ingest-report.json}.
 *
 * @param path      path relative to the corpus root (or as written in the manifest when it could not be resolved)
 * @param status    indexed, skipped or failed
 * @param reason    why it was skipped or failed; for indexed files, null
 * @param docId     the document id when indexed
 * @param clauses   clauses indexed
 * @param language  the document language
 * @param chars     characters extracted
 * @param millis    time spent on the file
 * @param source    where metadata came from: manifest, sidecar, manifest+sidecar or inferred
 * @param truncated text was cut at the cap
 * @param warnings  problems that did not stop indexing (bad manifest values, duplicate rows ...)
 */
public record ReportEntry(String path, Status status, String reason, String docId, int clauses, String language,
                          long chars, long millis, String source, boolean truncated, List<String> warnings) {

    public enum Status { indexed, skipped, failed }

    public ReportEntry {
        warnings = List.copyOf(warnings);
    }

    public static ReportEntry failed(String path, String reason, long millis, List<String> warnings) {
        return new ReportEntry(path, Status.failed, reason, null, 0, null, 0, millis, null, false, warnings);
    }

    public static ReportEntry skipped(String path, String reason) {
        return new ReportEntry(path, Status.skipped, reason, null, 0, null, 0, 0, null, false, List.of());
    }
}
