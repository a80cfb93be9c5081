package org.policyportal.web.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyportal.search.SearchMode;
import org.policyportal.web.search.SearchState;

/**
 * Search URLs derived from the current {@link SearchState}: the same search with some filters replaced, in a given
 * mode, on its first page; and the same parameters on another route ({@code /export.csv?...}). Immutable and
 * thread-safe.
 */
final class SearchLinks {

    private final SearchState state;

    SearchLinks(SearchState state) {
        this.state = state;
    }

    /**
     * {@code /search?...} with each given dimension's values replaced (an empty list removes the filter).
     */
    String with(SearchMode mode, Map<String, List<String>> replaced) {
        Map<String, List<String>> filters = new LinkedHashMap<>(state.filters());
        filters.putAll(replaced);
        return new SearchState(state.query(), filters, state.yearFrom(), state.yearTo(), mode, state.sort(), 1,
                state.size(), state.facetLimit(), Set.of(), state.large()).url();
    }

    /** The current search's parameters on another path: {@code /export.csv?q=...}. */
    String on(String path) {
        return on(state, path);
    }

    static String on(SearchState state, String path) {
        String url = state.url();
        return path + url.substring("/search".length());
    }
}
