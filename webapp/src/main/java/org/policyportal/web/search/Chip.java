package org.policyportal.web.search;

/**
 * A selected filter shown above the results, removable with one click.
 *
 * @param dimLabel  what kind of filter ("Country")
 * @param label     the value as people read it ("Netherlands")
 * @param removeUrl the same search without this filter
 */
public record Chip(String dimLabel, String label, String removeUrl) {
}
