package org.policyportal.search;

import java.util.Objects;

/**
 * How the search service is tuned at start: the per-search budget and the size of the result cache. Immutable.
 *
 * @param budget           time limit and clause cap of every search
 * @param resultCacheBytes about how many bytes of finished results to keep for the live generation; 0 keeps none
 */
public record SearchSettings(QueryBudget budget, long resultCacheBytes) {

    public SearchSettings {
        Objects.requireNonNull(budget, "budget");
        if (resultCacheBytes < 0) {
            throw new IllegalArgumentException("result cache size must be 0 (off) or more");
        }
    }

    /** The default budget and {@link LuceneSearchService#DEFAULT_RESULT_CACHE_BYTES}. */
    public static SearchSettings defaults() {
        return new SearchSettings(QueryBudget.defaults(), LuceneSearchService.DEFAULT_RESULT_CACHE_BYTES);
    }
}
