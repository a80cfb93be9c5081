package org.policyportal.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.FacetValue;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SortOrder;
import org.policyportal.web.Links;

/**
 * Everything a search page's URL says, and the URLs of its neighbours (one filter added or removed, another page,
 * mode or sort), so every view is a shareable link and the page works without JavaScript. Templates call the
 * methods directly ({@code state.toggle('country', 'NL')}). Immutable and thread-safe.
 *
 * @param more dimensions whose facet list is expanded ({@code more=country})
 * @param large projector mode, kept in every link
 */
public record SearchState(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
                          SearchMode mode, SortOrder sort, int page, int size, int facetLimit, Set<String> more,
                          boolean large) {

    public SearchState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String dim : IndexSchema.DIMENSIONS) {     // canonical order keeps URLs stable
            List<String> v = filters.get(dim);
            if (v != null && !v.isEmpty()) {
                copy.put(dim, List.copyOf(v));
            }
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        more = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(more));
    }

    /** The request for the search service; expanded facet lists ask for more values. */
    public SearchRequest toRequest() {
        int limit = more.isEmpty() ? facetLimit : Math.max(facetLimit, SearchParams.EXPANDED_FACET_LIMIT);
        return new SearchRequest(query, filters, yearFrom, yearTo, mode, sort, page, size, limit);
    }

    /** How many values of a dimension's facet to show before "more". */
    public int visibleValues(String dim) {
        return more.contains(dim) ? Math.max(facetLimit, SearchParams.EXPANDED_FACET_LIMIT) : facetLimit;
    }

    public boolean isSelected(String dim, String value) {
        return filters.getOrDefault(dim, List.of()).contains(value);
    }

    /** A hierarchical facet value starts expanded when it or one of its children is selected. */
    public boolean isOpen(String dim, FacetValue value) {
        return value.selected() || isSelected(dim, value.value())
                || value.children().stream().anyMatch(c -> c.selected() || isSelected(dim, c.value()));
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || yearFrom != null || yearTo != null;
    }

    // ---- neighbour URLs --------------------------------------------------------------------------------

    public String url() {
        return build(query, filters, yearFrom, yearTo, mode, sort, page, more);
    }

    /** Adds the value when absent, removes it when present; back to page 1 since the result set changed. */
    public String toggle(String dim, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(next.getOrDefault(dim, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(dim, values);
        return build(query, next, yearFrom, yearTo, mode, sort, 1, more);
    }

    public String withoutYears() {
        return build(query, filters, null, null, mode, sort, 1, more);
    }

    /** Removes every filter, keeping the query, mode and sort. */
    public String clearAll() {
        return build(query, Map.of(), null, null, mode, sort, 1, Set.of());
    }

    public String withPage(int n) {
        return build(query, filters, yearFrom, yearTo, mode, sort, n, more);
    }

    public String withMode(String param) {
        return build(query, filters, yearFrom, yearTo, SearchMode.fromParam(param), sort, 1, more);
    }

    public String withSort(String param) {
        return build(query, filters, yearFrom, yearTo, mode, SortOrder.fromParam(param), 1, more);
    }

    public String expand(String dim) {
        Set<String> next = new LinkedHashSet<>(more);
        next.add(dim);
        return build(query, filters, yearFrom, yearTo, mode, sort, page, next);
    }

    /** The same search with another query (did-you-mean). */
    public String withQuery(String newQuery) {
        return build(newQuery, filters, yearFrom, yearTo, mode, sort, 1, more);
    }

    /** A fresh search for just this filter value (used by standard chips on cards and document pages). */
    public static String only(String dim, String value, boolean large) {
        return Links.keepLarge("/search?" + dim + "=" + Links.encode(value), large);
    }

    private String build(String q, Map<String, List<String>> f, Integer from, Integer to, SearchMode m,
                         SortOrder s, int p, Set<String> expanded) {
        StringJoiner qs = new StringJoiner("&");
        if (!q.isEmpty()) {
            qs.add("q=" + Links.encode(q));
        }
        for (String dim : IndexSchema.DIMENSIONS) {
            for (String v : f.getOrDefault(dim, List.of())) {
                qs.add(dim + "=" + Links.encode(v));
            }
        }
        if (from != null) {
            qs.add("yearFrom=" + from);
        }
        if (to != null) {
            qs.add("yearTo=" + to);
        }
        if (m != SearchMode.DOCUMENTS) {
            qs.add("mode=" + m.param());
        }
        if (s != SortOrder.RELEVANCE) {
            qs.add("sort=" + s.param());
        }
        if (p > 1) {
            qs.add("page=" + p);
        }
        if (size != SearchRequest.DEFAULT_SIZE) {
            qs.add("size=" + size);
        }
        if (facetLimit != SearchRequest.DEFAULT_FACET_LIMIT) {
            qs.add("facetLimit=" + facetLimit);
        }
        expanded.forEach(d -> qs.add("more=" + d));
        if (large) {
            qs.add("large=1");
        }
        return qs.length() == 0 ? "/search" : "/search?" + qs;
    }
}
