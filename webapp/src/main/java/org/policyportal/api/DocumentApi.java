package org.policyportal.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.search.ClauseWindow;
import org.policyportal.search.DocumentView;
import org.policyportal.search.SearchService;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;

/**
 * {@code GET /api/documents/{id}}: metadata, standards, research-question answers and clauses. Built as plain
 * maps so the JSON shape is spelled out here rather than following internal record changes. Thread-safe.
 *
 * <p>Without parameters every clause is returned (a 16,000-clause catalogue is 5.5 MB). {@code offset} and
 * {@code limit} return a page of clauses instead, and only that page's text is read from the index; the answer
 * then carries {@code next}, the address of the following page, until the last.
 */
public final class DocumentApi {

    /** Most clauses one page may hold. */
    static final int MAX_LIMIT = 1_000;

    private final SearchService search;

    public DocumentApi(SearchService search) {
        this.search = search;
    }

    public void document(Context ctx) {
        String id = ctx.pathParam("id");
        int offset = ctx.queryParamAsClass("offset", Integer.class)
                .check(o -> o == null || o >= 0, "offset must be 0 or more")
                .getOrDefault(0);
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || (l >= 1 && l <= MAX_LIMIT), "limit must be between 1 and " + MAX_LIMIT)
                .getOrDefault(0);
        ClauseWindow window = ordinals -> {
            int n = ordinals.size();
            int from = Math.min(offset, n);
            return new ClauseWindow.Range(from, limit == 0 ? n : (int) Math.min((long) from + limit, n));
        };
        DocumentView view = search.document(id, "", window)
                .orElseThrow(() -> new NotFoundResponse("No document with id " + id + "."));
        Map<String, Object> json = toJson(view);
        int end = view.from() + view.document().clauses().size();
        json.put("next", limit > 0 && end < view.clauseCount()
                ? "/api/documents/" + id + "?offset=" + end + "&limit=" + limit : null);
        ctx.json(json);
    }

    static Map<String, Object> toJson(DocumentView view) {
        PolicyDocument doc = view.document();
        DocumentMetadata m = doc.metadata();
        String base = "/documents/" + doc.id();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", doc.id());
        json.put("path", doc.path());
        json.put("url", base);
        json.put("originalUrl", base + "/original");
        json.put("title", m.title());
        json.put("country", m.country());
        json.put("countryName", org.policyportal.metadata.Countries.name(m.country()));
        json.put("issuingBody", m.issuingBody());
        json.put("year", m.year());
        json.put("language", m.language());
        json.put("sourceUrl", m.sourceUrl());
        json.put("format", doc.format());
        json.put("contentType", doc.contentType());
        json.put("sizeBytes", doc.sizeBytes());
        json.put("truncated", doc.truncated());
        json.put("indexedAt", doc.indexedAt() == null ? null : doc.indexedAt().toString());
        json.put("extra", m.extra());
        json.put("inferred", m.inferred().stream().sorted().toList());
        json.put("standards", view.standards());
        json.put("answers", answers(doc.answers() == null ? ResearchAnswers.none() : doc.answers()));
        json.put("clauseCount", view.clauseCount());
        json.put("clauseOffset", view.from());
        json.put("clauses", doc.clauses().stream().map(c -> clause(c, base)).toList());
        return json;
    }

    private static Map<String, Object> answers(ResearchAnswers a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("digitalFocus", a.digitalFocus());
        json.put("digitalEvidence", a.digitalEvidence());
        json.put("securityClauseCount", a.securityClauseCount());
        json.put("securityEvidence", a.securityEvidence());
        json.put("standardsInSecurity", a.standardsInSecurity());
        json.put("securityStandards", a.securityStandards());
        json.put("standardsEvidence", a.standardsEvidence());
        return json;
    }

    private static Map<String, Object> clause(Clause c, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ordinal", c.ordinal());
        json.put("ref", c.ref());
        json.put("headingPath", c.headingPath());
        json.put("text", c.text());
        List<String> standards = c.mentions().stream().map(Mention::standardId).distinct().toList();
        json.put("standards", standards);
        json.put("security", c.security());
        json.put("digital", c.digital());
        json.put("url", base + "#clause-" + c.ordinal());
        return json;
    }
}
