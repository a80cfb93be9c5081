package org.policyportal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * URLs of the document page, as the web layer routes them: {@code /documents/{id}} and
 * {@code /documents/{id}?q=...#clause-{n}}.
 *
 * <p>Thread-safe: stateless.
 */
final class Links {

    private Links() {
    }

    static String document(String id) {
        return "/documents/" + encode(id);
    }

    /**
     * The query part of a clause link ({@code ?q=...}, empty for a blank query). A result page links up to three
     * clauses per hit with the same query, so it encodes the query and each document's link once and joins them
     * with {@link #clause(String, String, int)}.
     */
    static String queryPart(String query) {
        return query == null || query.isBlank() ? "" : "?q=" + encode(query.strip());
    }

    /** A clause link from a {@link #document} link and a {@link #queryPart}. */
    static String clause(String documentLink, String queryPart, int ordinal) {
        return documentLink + queryPart + "#clause-" + ordinal;
    }

    private static String encode(String s) {
        // URLEncoder does form encoding; %20 instead of + keeps it valid in paths as well as queries
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
