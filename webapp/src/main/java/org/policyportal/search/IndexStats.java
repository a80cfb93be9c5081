package org.policyportal.search;

import java.time.Instant;

/** Size and age of the live index, for /health and /metrics. */
public record IndexStats(String generation, long documents, long clauses, Instant publishedAt, Instant loadedAt) {
}
