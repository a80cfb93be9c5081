package org.policyportal.web.document;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.metadata.Countries;
import org.policyportal.metadata.Languages;
import org.policyportal.search.ClauseWindow;
import org.policyportal.search.DocumentView;
import org.policyportal.search.SearchService;
import org.policyportal.search.StandardRef;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.web.Links;
import org.policyportal.web.search.SearchParams;

/**
 * {@code GET /documents/{id}}: metadata, standards, research-question answers with evidence links, a table of
 * contents and the full text by clause with {@code ?q=} terms highlighted; a long document one part of
 * {@link DocumentParts#SIZE} clauses at a time. Unknown id: 404. Thread-safe.
 */
public final class DocumentPage {

    /** Ids are derived from paths by the indexer; anything else cannot be a document, so 404 without a lookup. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");

    private final SearchService search;

    public DocumentPage(SearchService search) {
        this.search = search;
    }

    static String checkedId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundResponse("No document with that id.");
        }
        return id;
    }

    public void render(Context ctx) {
        String id = checkedId(ctx.pathParam("id"));
        String q = ctx.queryParamAsClass("q", String.class)
                .check(s -> s == null || s.length() <= SearchParams.MAX_QUERY, "q must be at most " + SearchParams.MAX_QUERY
                        + " characters")
                .getOrDefault("").strip();
        PartChoice choice = new PartChoice(ctx);
        DocumentView view = search.document(id, q, choice)
                .orElseThrow(() -> new NotFoundResponse("No document with id " + id + "."));
        DocumentMetadata meta = view.document().metadata();
        Map<String, StandardRef> byId = new LinkedHashMap<>();
        view.standards().forEach(s -> byId.put(s.id(), s));
        ClauseLinks links = ClauseLinks.of(choice.positions(), id, q, choice.parts(), Links.isLarge(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("title", meta.title());
        model.put("q", q);
        model.put("doc", view.document());
        model.put("clauseCount", view.clauseCount());
        model.put("meta", meta);
        model.put("rows", rows(view));
        model.put("standards", view.standards());
        ResearchAnswers answers = view.document().answers() == null ? ResearchAnswers.none()
                : view.document().answers();
        model.put("answers", answers);
        model.put("digitalEvidence", links.all(answers.digitalEvidence()));
        model.put("securityEvidence", links.all(answers.securityEvidence()));
        model.put("standardsEvidence", links.all(answers.standardsEvidence()));
        model.put("securityStandards", answers.securityStandards().stream()
                .map(s -> byId.getOrDefault(s, new StandardRef(s, s, ""))).toList());
        model.put("clauses", ClauseView.of(view, links));
        model.put("parts", links.partLinks());
        model.put("matches", view.matchOrdinals());
        model.put("firstMatch", view.matchOrdinals().isEmpty() ? "" : links.href(view.matchOrdinals().getFirst()));
        model.put("originalUrl", "/documents/" + id + "/original");
        ctx.render("document/page.peb", model);
    }

    /**
     * The part to show, chosen once the clause numbers are known: the one holding {@code ?clause=} (a deep link; past
     * the end, the last part), else {@code ?part=}, else the first. A part that does not exist is a 400. Remembers
     * what it chose for the links. Not thread-safe: one per request.
     */
    private static final class PartChoice implements ClauseWindow {
        private final Context ctx;
        private Map<Integer, Integer> positions = Map.of();
        private DocumentParts parts = new DocumentParts(0, 0);

        PartChoice(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public Range choose(List<Integer> ordinals) {
            positions = ClauseLinks.positions(ordinals);
            parts = partFor(ctx, ordinals.size(), positions);
            return new Range(parts.from(), parts.to());
        }

        Map<Integer, Integer> positions() {
            return positions;
        }

        DocumentParts parts() {
            return parts;
        }
    }

    /** @param positions list position by clause number ({@link ClauseLinks#positions}) */
    private static DocumentParts partFor(Context ctx, int clauses, Map<Integer, Integer> positions) {
        Integer n = SearchParams.intParam(ctx, "clause", v -> v >= 1, "clause must be a clause number, 1 or more",
                null);
        if (n != null) {
            return DocumentParts.holding(clauses, positions.getOrDefault(n, n - 1));
        }
        int count = DocumentParts.count(clauses);
        int p = SearchParams.intParam(ctx, "part", v -> v >= 1 && v <= count, "part must be between 1 and " + count, 1);
        return new DocumentParts(clauses, p - 1);
    }

    private static List<MetaRow> rows(DocumentView view) {
        var doc = view.document();
        DocumentMetadata m = doc.metadata();
        List<MetaRow> rows = new ArrayList<>();
        rows.add(MetaRow.of("Title", m.title(), "", m.isInferred("title")));
        rows.add(MetaRow.of("Country", Countries.name(m.country()), "", m.isInferred("country")));
        rows.add(MetaRow.of("Issuing body", m.issuingBody(), "", m.isInferred("issuingBody")));
        rows.add(MetaRow.of("Year", m.year() == null ? "Unknown" : m.year().toString(), "", m.isInferred("year")));
        rows.add(MetaRow.of("Language", Languages.name(m.language()), "", m.isInferred("language")));
        if (m.sourceUrl() != null && !m.sourceUrl().isBlank()) {
            boolean web = m.sourceUrl().startsWith("https://") || m.sourceUrl().startsWith("http://");
            rows.add(MetaRow.of("Source", m.sourceUrl(), web ? m.sourceUrl() : "", m.isInferred("sourceUrl")));
        }
        rows.add(MetaRow.of("Format", doc.format() + " (" + doc.contentType() + ")", "", false));
        rows.add(MetaRow.of("File", doc.path(), "", false));
        m.extra().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(MetaRow.of(MetaRow.labelOf(e.getKey()), e.getValue(), "", m.isInferred(e.getKey()))));
        if (doc.truncated()) {
            rows.add(MetaRow.of("Note", "The text of this file was cut off at the extraction limit.", "", false));
        }
        return rows;
    }
}
