package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.index.IndexSchema;
import org.policyportal.insights.Question;
import org.policyportal.insights.QuestionsReport;
import org.policyportal.insights.QuestionsService;
import org.policyportal.search.SearchMode;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /questions} and {@code /api/questions}: for the search given by the {@code /search} parameters, how
 * many documents per country answer yes to each research question, each count linking to the documents behind it.
 * Stateless and thread-safe.
 */
public final class QuestionsHandler {

    private final QuestionsService service;

    public QuestionsHandler(QuestionsService service) {
        this.service = service;
    }

    private record Result(SearchState state, QuestionsReport report) {
    }

    private Result run(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        SearchLinks links = new SearchLinks(state);
        QuestionsReport report = service.report(state.toRequest(), (country, question) -> {
            Map<String, List<String>> replaced = new LinkedHashMap<>();
            replaced.put(IndexSchema.DIM_COUNTRY, country.isEmpty() ? List.of() : List.of(country));
            if (question != null) {
                replaced.put(question.dimension(), List.of(IndexSchema.YES));
            }
            return links.with(SearchMode.DOCUMENTS, replaced);
        });
        return new Result(state, report);
    }

    public void page(Context ctx) {
        Result r = run(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Research questions");
        model.put("q", r.state().query());
        model.put("state", r.state());
        model.put("report", r.report());
        model.put("questions", List.of(Question.values()));
        model.put("jsonUrl", SearchLinks.on(r.state(), "/api/questions"));
        model.put("searchUrl", r.state().url());
        ctx.render("insights/questions.peb", model);
    }

    public void json(Context ctx) {
        ctx.json(run(ctx).report());
    }
}
