package org.policyportal.insights;

import java.time.Instant;
import java.util.List;

/**
 * One document of a search's feed.
 *
 * @param id          document id
 * @param title       title (plain text)
 * @param country     country code
 * @param issuingBody issuing body
 * @param year        year or null
 * @param language    language code
 * @param standards   standard ids the document mentions
 * @param indexedAt   when this version was indexed (the entry's updated time)
 * @param path        document page path ({@code /documents/{id}})
 */
public record FeedEntry(String id, String title, String country, String issuingBody, Integer year,
                        String language, List<String> standards, Instant indexedAt, String path) {

    public FeedEntry {
        standards = List.copyOf(standards);
    }
}
