package org.policyportal.search;

/** A standard as shown on a hit or document: id (for links), label and category id. */
public record StandardRef(String id, String label, String category) {
}
