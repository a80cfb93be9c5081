package org.policyportal.web.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.metadata.Languages;
import org.policyportal.search.FacetValue;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;

/**
 * {@code GET /search}: the results page (GOV.UK "filter a list"). Validates the URL, runs the search and renders
 * {@code search/results.peb}. Stateless apart from the injected service; thread-safe.
 */
public final class SearchPage {

    private final SearchService search;

    public SearchPage(SearchService search) {
        this.search = search;
    }

    public void render(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        SearchResult result = search.search(state.toRequest());
        Map<String, Object> model = new HashMap<>();
        model.put("title", state.query().isEmpty() ? "Search" : state.query() + " – Search");
        model.put("q", state.query());
        model.put("state", state);
        model.put("result", result);
        model.put("groups", groups(result, state));
        model.put("chips", chips(result, state));
        model.put("pages", PageLink.around(state, result.page(), result.pageCount()));
        model.put("prevUrl", result.page() > 1 ? state.withPage(result.page() - 1) : "");
        model.put("nextUrl", result.page() < result.pageCount() ? state.withPage(result.page() + 1) : "");
        model.put("didYouMeanUrl", result.didYouMean() == null ? "" : state.withQuery(result.didYouMean()));
        ctx.render("search/results.peb", model);
    }

    static List<FacetGroup> groups(SearchResult result, SearchState state) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String dim : IndexSchema.DIMENSIONS) {
            List<FacetValue> values = result.facets().getOrDefault(dim, List.of());
            if (!values.isEmpty()) {
                groups.add(FacetGroup.of(dim, values, state));
            }
        }
        return groups;
    }

    static List<Chip> chips(SearchResult result, SearchState state) {
        List<Chip> chips = new ArrayList<>();
        state.filters().forEach((dim, values) -> {
            for (String value : values) {
                chips.add(new Chip(Dimensions.label(dim), label(result, dim, value), state.toggle(dim, value)));
            }
        });
        if (state.yearFrom() != null || state.yearTo() != null) {
            String range = (state.yearFrom() == null ? "…" : state.yearFrom()) + "–"
                    + (state.yearTo() == null ? "…" : state.yearTo());
            chips.add(new Chip("Years", range, state.withoutYears()));
        }
        return chips;
    }

    /** The facet's label when the value is among the returned facet values, else a sensible fallback. */
    private static String label(SearchResult result, String dim, String value) {
        String found = find(result.facets().getOrDefault(dim, List.of()), value);
        if (found != null) {
            return found;
        }
        return switch (dim) {
            case IndexSchema.DIM_COUNTRY -> Countries.name(value);
            case IndexSchema.DIM_LANGUAGE -> Languages.name(value);
            default -> value;
        };
    }

    private static String find(List<FacetValue> values, String value) {
        for (FacetValue v : values) {
            if (v.value().equals(value)) {
                return v.label();
            }
            String child = find(v.children(), value);
            if (child != null) {
                return child;
            }
        }
        return null;
    }
}
