package org.policyportal.web.document;

/**
 * One row of the document's metadata summary list.
 *
 * @param label    the key ("Issuing body")
 * @param value    the value as text
 * @param href     an external link for the value, or empty; only http(s) URLs are ever linked
 * @param inferred the value was inferred rather than given, shown as "(inferred)"
 */
public record MetaRow(String label, String value, String href, boolean inferred) {

    static MetaRow of(String label, String value, String href, boolean inferred) {
        return new MetaRow(label, value == null ? "" : value, href == null ? "" : href, inferred);
    }

    /** {@code licence} → {@code Licence}, {@code source_org} → {@code Source org}. */
    static String labelOf(String key) {
        String spaced = key.replace('_', ' ').replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
