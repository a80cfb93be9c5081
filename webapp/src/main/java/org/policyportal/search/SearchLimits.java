package org.policyportal.search;

import org.policyportal.index.IndexSchema;

/**
 * Validation of a {@link SearchRequest}; violations throw {@link IllegalArgumentException} with a message meant
 * for the user (the web layer answers 400 with it).
 *
 * <p>Thread-safe: stateless.
 */
public final class SearchLimits {

    public static final int MAX_SIZE = 100;
    /** Deepest hit reachable by paging; deeper pages cost memory for little use. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_FACET_LIMIT = 1_000;

    private SearchLimits() {
    }

    /** Checks a {@link SearchService#walk}'s cap (1 to {@link #MAX_WINDOW}) and snippets per document (0 to 3). */
    public static void validateWalk(int cap, int snippets) {
        if (cap < 1 || cap > MAX_WINDOW) {
            throw new IllegalArgumentException("at most " + MAX_WINDOW + " results can be listed");
        }
        if (snippets < 0 || snippets > HitAssembler.SNIPPETS) {
            throw new IllegalArgumentException("snippets must be between 0 and " + HitAssembler.SNIPPETS);
        }
    }

    public static void validate(SearchRequest r) {
        if (r.page() < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (r.size() < 1 || r.size() > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if ((long) r.page() * r.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("only the first " + MAX_WINDOW + " results can be paged through;"
                    + " narrow your search");
        }
        if (r.facetLimit() < 0 || r.facetLimit() > MAX_FACET_LIMIT) {
            throw new IllegalArgumentException("facetLimit must be between 0 and " + MAX_FACET_LIMIT);
        }
        if (r.yearFrom() != null && r.yearTo() != null && r.yearFrom() > r.yearTo()) {
            throw new IllegalArgumentException("the start year must not be after the end year");
        }
        for (String dim : r.filters().keySet()) {
            if (!IndexSchema.DIMENSIONS.contains(dim)) {
                throw new IllegalArgumentException("unknown filter '" + dim + "'");
            }
        }
        for (String dim : r.facets()) {
            if (!IndexSchema.DIMENSIONS.contains(dim)) {
                throw new IllegalArgumentException("unknown facet '" + dim + "'; facets are " + IndexSchema.DIMENSIONS);
            }
        }
    }
}
