package org.policyportal.search;

import java.util.Objects;

/**
 * How the search service is tuned at start: the per-search budget, the size of the result cache and how many
 * threads one search may use. Immutable.
 *
 * @param budget           time limit and clause cap of every search
 * @param resultCacheBytes about how many bytes of finished results to keep for the live generation; 0 keeps none
 * @param searchThreads    threads that search the index segments of one request side by side; 1 searches them
 *                         one after another on the request's thread
 * @param minDocsPerSlice  index documents each slice of a side-by-side search must have at least (so a small
 *                         index is searched as one slice); {@link SegmentSlices#MIN_DOCS_PER_SLICE} by default
 */
public record SearchSettings(QueryBudget budget, long resultCacheBytes, int searchThreads, int minDocsPerSlice) {

    /** With the default {@link SegmentSlices#MIN_DOCS_PER_SLICE}. */
    public SearchSettings(QueryBudget budget, long resultCacheBytes, int searchThreads) {
        this(budget, resultCacheBytes, searchThreads, SegmentSlices.MIN_DOCS_PER_SLICE);
    }

    public SearchSettings {
        Objects.requireNonNull(budget, "budget");
        if (resultCacheBytes < 0) {
            throw new IllegalArgumentException("result cache size must be 0 (off) or more");
        }
        if (searchThreads < 1) {
            throw new IllegalArgumentException("search threads must be 1 or more");
        }
        if (minDocsPerSlice < 1) {
            throw new IllegalArgumentException("documents per slice must be 1 or more");
        }
    }

    /** One thread per processor. */
    public static int defaultSearchThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The default budget, {@link LuceneSearchService#DEFAULT_RESULT_CACHE_BYTES} and {@link #defaultSearchThreads}. */
    public static SearchSettings defaults() {
        return new SearchSettings(QueryBudget.defaults(), LuceneSearchService.DEFAULT_RESULT_CACHE_BYTES,
                defaultSearchThreads());
    }

    public SearchSettings withSearchThreads(int threads) {
        return new SearchSettings(budget, resultCacheBytes, threads, minDocsPerSlice);
    }

    public SearchSettings withMinDocsPerSlice(int docs) {
        return new SearchSettings(budget, resultCacheBytes, searchThreads, docs);
    }
}
