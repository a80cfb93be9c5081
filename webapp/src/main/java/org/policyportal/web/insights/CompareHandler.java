package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyportal.index.IndexSchema;
import org.policyportal.insights.CompareAxes;
import org.policyportal.insights.CompareCell;
import org.policyportal.insights.CompareMatrix;
import org.policyportal.insights.CompareService;
import org.policyportal.search.SearchMode;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /compare} (HTML table), {@code /compare.csv} and {@code /api/compare}: the matrix of countries or
 * issuing bodies ({@code rows=country|issuingBody}) by standards or categories ({@code columns=standard|category})
 * for the search given by the usual {@code /search} parameters. Bad parameters throw for the 400 handler.
 * Stateless and thread-safe.
 */
public final class CompareHandler {

    private final CompareService service;

    public CompareHandler(CompareService service) {
        this.service = service;
    }

    private record Result(SearchState state, CompareMatrix matrix) {
    }

    private Result run(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        CompareAxes axes = CompareAxes.parse(ctx.queryParam("rows"), ctx.queryParam("columns"));
        SearchLinks links = new SearchLinks(state);
        CompareMatrix m = service.compare(state.toRequest(), axes, (row, column) -> links.with(SearchMode.CLAUSES,
                Map.of(axes.rows(), List.of(row), IndexSchema.DIM_STANDARD, List.of(column))));
        return new Result(state, m);
    }

    public void page(Context ctx) {
        Result r = run(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Compare");
        model.put("q", r.state().query());
        model.put("state", r.state());
        model.put("matrix", r.matrix());
        model.put("csvUrl", axesQuery(SearchLinks.on(r.state(), "/compare.csv"), r.matrix().axes()));
        model.put("jsonUrl", axesQuery(SearchLinks.on(r.state(), "/api/compare"), r.matrix().axes()));
        model.put("byBodyUrl", axesQuery(SearchLinks.on(r.state(), "/compare"),
                new CompareAxes(IndexSchema.DIM_ISSUING_BODY, r.matrix().axes().columns())));
        model.put("byCountryUrl", axesQuery(SearchLinks.on(r.state(), "/compare"),
                new CompareAxes(IndexSchema.DIM_COUNTRY, r.matrix().axes().columns())));
        model.put("byStandardUrl", axesQuery(SearchLinks.on(r.state(), "/compare"),
                new CompareAxes(r.matrix().axes().rows(), CompareAxes.STANDARD)));
        model.put("byCategoryUrl", axesQuery(SearchLinks.on(r.state(), "/compare"),
                new CompareAxes(r.matrix().axes().rows(), CompareAxes.CATEGORY)));
        model.put("searchUrl", r.state().url());
        ctx.render("insights/compare.peb", model);
    }

    public void json(Context ctx) {
        ctx.json(run(ctx).matrix());
    }

    public void csv(Context ctx) throws IOException {
        CompareMatrix m = run(ctx).matrix();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"compare.csv\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180);
        out.printRecord("row", "row_label", "column", "column_label", "documents", "documents_required",
                "documents_recommended", "documents_mentioned", "clauses", "clauses_required",
                "clauses_recommended", "clauses_mentioned", "first_year", "clauses_url");
        String base = BaseUrl.of(ctx);
        for (CompareMatrix.Row row : m.rows()) {
            for (int i = 0; i < m.columns().size(); i++) {
                CompareCell c = row.cells().get(i);
                CompareMatrix.Header col = m.columns().get(i);
                out.printRecord(Csv.safe(row.header().value()), Csv.safe(row.header().label()),
                        Csv.safe(col.value()), Csv.safe(col.label()), c.documentCount(),
                        c.documents().required(), c.documents().recommended(), c.documents().mentioned(),
                        c.clauseCount(), c.clauses().required(), c.clauses().recommended(),
                        c.clauses().mentioned(), c.firstYear() == null ? "" : c.firstYear(), base + c.url());
            }
        }
        out.flush();   // Javalin owns and closes the response stream
    }

    private static String axesQuery(String url, CompareAxes axes) {
        return url + (url.contains("?") ? "&" : "?") + "rows=" + axes.rows() + "&columns=" + axes.columns();
    }
}
