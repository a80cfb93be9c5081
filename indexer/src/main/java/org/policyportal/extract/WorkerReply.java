package org.policyportal.extract;

/**
 * One answer of an {@link ExtractWorker}: the extraction, or why there is none.
 *
 * @param extraction the result, or null on error
 * @param outcome    skipped or failed, when there is no extraction
 * @param reason     the report-ready reason, when there is no extraction
 */
public record WorkerReply(Extraction extraction, ExtractionException.Outcome outcome, String reason) {

    public static WorkerReply ok(Extraction e) {
        return new WorkerReply(e, null, null);
    }

    public static WorkerReply error(ExtractionException.Outcome outcome, String reason) {
        return new WorkerReply(null, outcome, reason);
    }
}
