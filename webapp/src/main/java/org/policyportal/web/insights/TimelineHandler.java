package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.index.IndexSchema;
import org.policyportal.insights.Timeline;
import org.policyportal.insights.TimelineService;
import org.policyportal.search.SearchMode;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /timeline?standard=ID} (server-rendered SVG bar chart with a table fallback) and
 * {@code /api/timeline?standard=ID}: documents mentioning one standard by year, honouring the other {@code /search}
 * parameters. Exactly one {@code standard} is required (400 otherwise). Stateless and thread-safe.
 */
public final class TimelineHandler {

    private final TimelineService service;

    public TimelineHandler(TimelineService service) {
        this.service = service;
    }

    private record Result(SearchState state, Timeline timeline) {
    }

    private Result run(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        List<String> standards = state.filters().getOrDefault(IndexSchema.DIM_STANDARD, List.of());
        if (standards.size() != 1) {
            throw new IllegalArgumentException("give exactly one standard, e.g. /timeline?standard=dmarc");
        }
        SearchLinks links = new SearchLinks(state);
        Timeline t = service.timeline(state.toRequest(), standards.getFirst(), year -> links.with(SearchMode.DOCUMENTS,
                Map.of(IndexSchema.DIM_YEAR, List.of(Integer.toString(year)))));
        return new Result(state, t);
    }

    public void page(Context ctx) {
        Result r = run(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Timeline: " + r.timeline().label());
        model.put("q", r.state().query());
        model.put("timeline", r.timeline());
        model.put("chart", TimelineChart.of(r.timeline()));
        model.put("jsonUrl", SearchLinks.on(r.state(), "/api/timeline"));
        model.put("searchUrl", r.state().url());
        ctx.render("insights/timeline.peb", model);
    }

    public void json(Context ctx) {
        ctx.json(run(ctx).timeline());
    }
}
