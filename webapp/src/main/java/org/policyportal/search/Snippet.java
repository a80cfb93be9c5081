package org.policyportal.search;

/**
 * A highlighted clause excerpt.
 *
 * @param ordinal clause ordinal (anchor {@code #clause-{ordinal}})
 * @param ref     clause number as written, or null
 * @param html    HTML-escaped text in which only {@code <mark>} tags are markup
 * @param url     deep link to the clause on the document page
 */
public record Snippet(int ordinal, String ref, String html, String url) {
}
