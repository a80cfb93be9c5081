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

    static String clause(String id, String query, int ordinal) {
        String q = query == null || query.isBlank() ? "" : "?q=" + encode(query.strip());
        return document(id) + q + "#clause-" + ordinal;
    }

    private static String encode(String s) {
        // URLEncoder does form encoding; %20 instead of + keeps it valid in paths as well as queries
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
