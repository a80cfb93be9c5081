package org.policyportal.search;

import java.util.List;

/**
 * One result. In document mode {@code clauseOrdinal} is null and {@code snippets} holds the best one to three
 * clauses; in clause mode the hit is one clause, with its document's metadata and one snippet.
 */
public record Hit(String id, String path, String title, String country, String countryName, String issuingBody,
                  Integer year, String language, List<StandardRef> standards, List<Snippet> snippets, String url,
                  Integer clauseOrdinal, String clauseRef, List<String> headingPath, float score) {

    public Hit {
        standards = List.copyOf(standards);
        snippets = List.copyOf(snippets);
        headingPath = headingPath == null ? List.of() : List.copyOf(headingPath);
    }
}
