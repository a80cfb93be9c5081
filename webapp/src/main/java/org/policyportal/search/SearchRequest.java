package org.policyportal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.index.IndexSchema;

/**
 * A validated search: what {@code /search} and {@code /api/search} parse from the URL.
 *
 * @param query      the user's query string, possibly blank (match all)
 * @param filters    facet dimension (names from {@code IndexSchema.DIMENSIONS}) to selected values; values within a
 *                   dimension combine with OR, dimensions with AND. Standard values are standard ids or category ids.
 * @param yearFrom   inclusive lower bound or null
 * @param yearTo     inclusive upper bound or null
 * @param mode       documents or clauses
 * @param sort       result order
 * @param page       1-based page
 * @param size       hits per page
 * @param facetLimit maximum values returned per facet dimension
 * @param facets     the facet dimensions to count and return (names from {@code IndexSchema.DIMENSIONS}); empty for
 *                   all of them. An API client that shows a few facets need not pay for counting the others
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
                            SearchMode mode, SortOrder sort, int page, int size, int facetLimit,
                            List<String> facets) {

    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        facets = facets == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(facets));
    }

    /** A request that counts and returns every facet dimension. */
    public SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
                         SearchMode mode, SortOrder sort, int page, int size, int facetLimit) {
        this(query, filters, yearFrom, yearTo, mode, sort, page, size, facetLimit, List.of());
    }

    /** A first-page document search for {@code query} with no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SearchMode.DOCUMENTS, SortOrder.RELEVANCE, 1,
                DEFAULT_SIZE, DEFAULT_FACET_LIMIT);
    }

    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(query, newFilters, yearFrom, yearTo, mode, sort, page, size, facetLimit, facets);
    }

    public SearchRequest withMode(SearchMode newMode) {
        return new SearchRequest(query, filters, yearFrom, yearTo, newMode, sort, page, size, facetLimit, facets);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, yearFrom, yearTo, mode, sort, newPage, size, facetLimit, facets);
    }

    /** This request counting and returning only {@code dims} (empty: every dimension). */
    public SearchRequest withFacets(List<String> dims) {
        return new SearchRequest(query, filters, yearFrom, yearTo, mode, sort, page, size, facetLimit, dims);
    }

    /** The dimensions to count and return, in {@code IndexSchema.DIMENSIONS} order. */
    public List<String> facetDims() {
        return facets.isEmpty() ? IndexSchema.DIMENSIONS
                : IndexSchema.DIMENSIONS.stream().filter(facets::contains).toList();
    }

    public SearchRequest withYears(Integer from, Integer to) {
        return new SearchRequest(query, filters, from, to, mode, sort, page, size, facetLimit, facets);
    }
}
