package org.policyportal.api;

import io.javalin.http.Context;
import java.util.Map;
import org.policyportal.search.SearchResult;
import org.policyportal.search.SearchService;
import org.policyportal.web.search.SearchParams;

/**
 * {@code GET /api/search} (the parameters of {@code /search}, and {@code facets} to count only some dimensions) and
 * {@code GET /api/suggest?q=}.
 * The search result records are the JSON shape (see {@code openapi.json}). Thread-safe.
 */
public final class SearchApi {

    static final int MAX_SUGGESTIONS = 20;

    private final SearchService search;
    private final JsonBody json;

    /** @param json writes the search results (the app's own JSON settings) */
    public SearchApi(SearchService search, JsonBody json) {
        this.search = search;
        this.json = json;
    }

    public void search(Context ctx) {
        SearchResult result = search.search(SearchParams.parse(ctx).toRequest().withFacets(SearchParams.facets(ctx)));
        json.send(ctx, result);
    }

    public void suggest(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= 100, "q must be at most 100 characters")
                .getOrDefault("").strip();
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || (l >= 1 && l <= MAX_SUGGESTIONS),
                        "limit must be between 1 and " + MAX_SUGGESTIONS)
                .getOrDefault(8);
        ctx.header("Cache-Control", "public, max-age=60");
        ctx.json(Map.of("query", q, "suggestions", q.isEmpty() ? java.util.List.of() : search.suggest(q, limit)));
    }
}
