package org.policyportal.web.insights;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.policyportal.insights.SimilarClauses;
import org.policyportal.insights.SimilarClausesService;

/**
 * {@code GET /documents/{id}/clauses/{n}/similar} and {@code /api/documents/{id}/clauses/{n}/similar?limit=}:
 * the nearest clauses from other countries or issuing bodies. Unknown document or clause: 404; a clause number
 * that is not a positive integer or a bad limit: 400. Stateless and thread-safe.
 */
public final class SimilarHandler {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");
    private static final int DEFAULT_LIMIT = 10;

    private final SimilarClausesService service;

    public SimilarHandler(SimilarClausesService service) {
        this.service = service;
    }

    private SimilarClauses run(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw new NotFoundResponse("No document with that id.");
        }
        int n = ctx.pathParamAsClass("n", Integer.class).check(v -> v >= 1, "the clause number must be 1 or more")
                .get();
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || (l >= 1 && l <= SimilarClausesService.MAX_LIMIT),
                        "limit must be between 1 and " + SimilarClausesService.MAX_LIMIT)
                .getOrDefault(DEFAULT_LIMIT);
        return service.similar(id, n, limit)
                .orElseThrow(() -> new NotFoundResponse("No clause " + n + " in a document with id " + id + "."));
    }

    public void page(Context ctx) {
        SimilarClauses s = run(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Similar clauses");
        model.put("similar", s);
        model.put("source", s.source());
        model.put("jsonUrl", "/api" + ctx.path());
        ctx.render("insights/similar.peb", model);
    }

    public void json(Context ctx) {
        ctx.json(run(ctx));
    }
}
