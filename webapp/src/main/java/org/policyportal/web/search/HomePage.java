package org.policyportal.web.search;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.FacetValue;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;

/**
 * {@code GET /}: what the portal is, a search box, example searches and the most frequent countries and
 * standards (from a match-all facet query). Thread-safe.
 */
public final class HomePage {

    /** Examples chosen to show the syntax: a standard, a quoted id with a slash, a clause number, Dutch. */
    static final List<String> EXAMPLES = List.of("DMARC", "\"ISO/IEC 27001\"", "52.204-21", "beveiliging",
            "title:cloud", "TLS -SSL");
    private static final int TOP = 8;

    private final SearchService search;

    public HomePage(SearchService search) {
        this.search = search;
    }

    public void render(Context ctx) {
        SearchRequest all = new SearchRequest("", Map.of(), null, null, org.policyportal.search.SearchMode.DOCUMENTS,
                org.policyportal.search.SortOrder.RELEVANCE, 1, 1, TOP);
        SearchResult result = search.search(all);
        ctx.render("home/index.peb", Map.of(
                "title", "Search ICT procurement policies",
                "examples", EXAMPLES,
                "total", result.total(),
                "countries", top(result, IndexSchema.DIM_COUNTRY),
                "standards", top(result, IndexSchema.DIM_STANDARD)));
    }

    /** Top values; for the hierarchical standard facet, the standards (children) rather than the categories. */
    private static List<FacetValue> top(SearchResult result, String dim) {
        List<FacetValue> values = result.facets().getOrDefault(dim, List.of());
        if (values.stream().anyMatch(v -> !v.children().isEmpty())) {
            values = values.stream().flatMap(v -> v.children().stream())
                    .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
        }
        return values.subList(0, Math.min(TOP, values.size()));
    }
}
