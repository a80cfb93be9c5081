package org.policyportal.insights;

import java.util.List;

/**
 * Clauses similar to one clause, from other countries or issuing bodies.
 *
 * @param source      the clause asked about
 * @param sharedTerms the (analysed) terms the similarity query was built from, most distinctive first
 * @param matches     nearest clauses, best first
 */
public record SimilarClauses(Match source, List<String> sharedTerms, List<Match> matches) {

    public SimilarClauses {
        sharedTerms = List.copyOf(sharedTerms);
        matches = List.copyOf(matches);
    }

    /**
     * One clause with its document's metadata.
     *
     * @param documentId  document id
     * @param ordinal     clause ordinal
     * @param ref         clause number as written, or null
     * @param title       document title (plain text)
     * @param country     country code
     * @param issuingBody issuing body
     * @param year        year or null
     * @param language    language code
     * @param text        the clause text (plain)
     * @param html        the clause text HTML-escaped, with {@code <mark>} around the terms shared with the source
     * @param url         deep link to the clause on its document page
     * @param similarUrl  this clause's own similar-clauses page
     * @param score       similarity score (higher is nearer; 0 for the source)
     */
    public record Match(String documentId, int ordinal, String ref, String title, String country,
                        String issuingBody, Integer year, String language, String text, String html, String url,
                        String similarUrl, float score) {
    }
}
