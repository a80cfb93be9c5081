package org.policyportal.extract;

/**
 * A file could not be extracted; {@link #reason()} is the short, user-facing cause written to the ingest report.
 */
public final class ExtractionException extends Exception {

    /** Report status the failure maps to: a skipped file is expected (empty), a failed one is a problem. */
    public enum Outcome { SKIPPED, FAILED }

    private final Outcome outcome;
    private final String reason;

    public ExtractionException(Outcome outcome, String reason, Throwable cause) {
        super(reason, cause);
        this.outcome = outcome;
        this.reason = reason;
    }

    public static ExtractionException failed(String reason, Throwable cause) {
        return new ExtractionException(Outcome.FAILED, reason, cause);
    }

    public static ExtractionException skipped(String reason) {
        return new ExtractionException(Outcome.SKIPPED, reason, null);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }
}
