package org.policyportal.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects the per-entry results of a run and renders the closing report.
 *
 * <p>Contract: {@link #exitCode()} is 0 if at least one entry was downloaded, or if nothing failed (everything was
 * skipped or there was nothing to do), and 1 otherwise.
 */
public final class FetchReport {
    private final List<DownloadResult> results = new ArrayList<>();

    public FetchReport() {
        // empty report
    }

    public void add(DownloadResult result) {
        results.add(result);
    }

    public List<DownloadResult> results() {
        return List.copyOf(results);
    }

    public List<DownloadResult> with(DownloadResult.Status status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    public int exitCode() {
        boolean anyDownloaded = !with(DownloadResult.Status.DOWNLOADED).isEmpty();
        boolean anyFailed = !with(DownloadResult.Status.FAILED).isEmpty();
        return anyDownloaded || !anyFailed ? 0 : 1;
    }

    /** Multi-line human-readable summary. */
    public String render() {
        List<DownloadResult> downloaded = with(DownloadResult.Status.DOWNLOADED);
        List<DownloadResult> skipped = with(DownloadResult.Status.SKIPPED);
        List<DownloadResult> failed = with(DownloadResult.Status.FAILED);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("fetch: %d downloaded, %d skipped (already there), %d failed%n",
                downloaded.size(), skipped.size(), failed.size()));
        for (DownloadResult r : downloaded) {
            sb.append(String.format("  downloaded  %-40s %s (%s bytes, %d attempt%s)%n", r.id(), r.record().file(),
                    r.record().size(), r.attempts(), r.attempts() == 1 ? "" : "s"));
        }
        if (!skipped.isEmpty()) {
            sb.append("  skipped     ").append(skipped.stream().map(DownloadResult::id)
                    .collect(Collectors.joining(", "))).append(System.lineSeparator());
        }
        for (DownloadResult r : failed) {
            sb.append(String.format("  FAILED      %-40s %s%n", r.id(), r.reason()));
        }
        return sb.toString();
    }
}
