package org.policyportal.fetch;

import java.util.Objects;

/**
 * Outcome of fetching one catalogue entry.
 *
 * <p>Contract: a {@link Status#DOWNLOADED} or {@link Status#SKIPPED} result carries the stored file record;
 * a {@link Status#FAILED} result carries a human-readable reason and no record.
 */
public record DownloadResult(String id, Status status, FetchLog.Entry record, int attempts, String reason) {

    /** What happened to an entry in this run. */
    public enum Status {
        /** fetched and stored in this run */
        DOWNLOADED,
        /** already present with a matching recorded checksum, not requested again */
        SKIPPED,
        /** could not be fetched; see {@link DownloadResult#reason()} */
        FAILED
    }

    public DownloadResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (status != Status.FAILED && record == null) {
            throw new IllegalArgumentException(status + " result needs a file record");
        }
        if (status == Status.FAILED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("failed result needs a reason");
        }
        reason = reason == null ? "" : reason;
    }

    public static DownloadResult downloaded(FetchLog.Entry record, int attempts) {
        return new DownloadResult(record.id(), Status.DOWNLOADED, record, attempts, "");
    }

    public static DownloadResult skipped(FetchLog.Entry record) {
        return new DownloadResult(record.id(), Status.SKIPPED, record, 0, "already downloaded, checksum matches");
    }

    public static DownloadResult failed(String id, int attempts, String reason) {
        return new DownloadResult(id, Status.FAILED, null, attempts, reason);
    }
}
