package org.policyportal.search;

/**
 * An autocomplete entry.
 *
 * @param kind  {@code standard} or {@code issuingBody}
 * @param value the filter value (standard id, issuing body name)
 * @param label what to show
 * @param count documents carrying it
 */
public record Suggestion(String kind, String value, String label, long count) {
}
