package org.policyportal.search;

import java.util.List;
import java.util.Map;

/**
 * What a search returns.
 *
 * @param total      exact number of matching documents (or clauses in clause mode)
 * @param page       1-based page
 * @param size       page size
 * @param tookMs     server-side time
 * @param hits       this page's hits
 * @param facets     dimension to values (ordered by count, then label); hierarchical values carry children
 * @param notices    user-facing notes, e.g. "Your query had unbalanced quotes; searched for the words instead."
 * @param didYouMean a corrected query when the query looks misspelled, else null
 * @param partialResults true when the search hit its time limit and stopped early: {@code total}, hits and
 *                   facets then count only what was found in time (a notice says so)
 */
public record SearchResult(long total, int page, int size, long tookMs, List<Hit> hits,
                           Map<String, List<FacetValue>> facets, List<String> notices, String didYouMean,
                           boolean partialResults) {

    /** A complete (not time-limited) result. */
    public SearchResult(long total, int page, int size, long tookMs, List<Hit> hits,
                        Map<String, List<FacetValue>> facets, List<String> notices, String didYouMean) {
        this(total, page, size, tookMs, hits, facets, notices, didYouMean, false);
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        notices = List.copyOf(notices);
    }

    /** The same result with another duration (a result served again from a cache took no search time). */
    public SearchResult withTookMs(long ms) {
        return new SearchResult(total, page, size, ms, hits, facets, notices, didYouMean, partialResults);
    }

    public int pageCount() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
