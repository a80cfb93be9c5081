package org.policyportal.web.insights;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyportal.search.Hit;
import org.policyportal.search.SearchService;
import org.policyportal.search.StandardRef;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /export.csv} and {@code /export.json}: the result list of a search (same parameters as
 * {@code /search}; documents or clauses by {@code mode}) with all hit metadata, absolute deep links and a plain-text
 * snippet (a document's best clause), streamed page by page from one ranking ({@link ResultPages}). At most
 * {@link InsightsLimits#exportRows()} rows; when the search has more, the response carries
 * {@code X-Export-Capped: true} and says so at the end (a {@code #} comment line in CSV, {@code "capped": true} in
 * JSON). Paging parameters are ignored. Stateless and thread-safe.
 */
public final class ExportHandler {

    static final List<String> COLUMNS = List.of("row", "kind", "id", "title", "country", "country_name",
            "issuing_body", "year", "language", "standards", "clause_ordinal", "clause_ref", "heading_path", "url",
            "document_url", "original_url", "path", "snippet", "score");
    private static final JsonFactory JSON = new JsonFactory();

    private final SearchService search;
    private final InsightsLimits limits;

    public ExportHandler(SearchService search, InsightsLimits limits) {
        this.search = search;
        this.limits = limits;
    }

    private ResultPages start(Context ctx, String type, String extension) {
        SearchState state = SearchParams.parse(ctx);
        ResultPages pages = new ResultPages(search, state.toRequest(), limits.exportRows(), 1);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + state.mode().param() + "." + extension + "\"");
        ctx.header("X-Export-Total", Long.toString(pages.total()));
        ctx.header("X-Export-Capped", Boolean.toString(pages.capped()));
        return pages;
    }

    public void csv(Context ctx) throws IOException {
        try (ResultPages pages = start(ctx, "text/csv; charset=utf-8", "csv")) {
            String base = BaseUrl.of(ctx);
            CSVPrinter out = new CSVPrinter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setCommentMarker('#').get());
            out.printRecord(COLUMNS);
            int written = pages.forEach((row, hit) -> out.printRecord(csvValues(row, hit, base)));
            if (pages.capped()) {
                out.printComment("capped: only the first " + written + " of " + pages.total()
                        + " results were exported; narrow the search to export the rest");
            }
            out.flush();   // Javalin owns and closes the response stream
        }
    }

    public void json(Context ctx) throws IOException {
        try (ResultPages pages = start(ctx, "application/json", "json")) {
            String base = BaseUrl.of(ctx);
            JsonGenerator g = JSON.createGenerator(ctx.outputStream(), JsonEncoding.UTF8);
            g.writeStartObject();
            g.writeNumberField("total", pages.total());
            g.writeNumberField("cap", pages.cap());
            g.writeArrayFieldStart("rows");
            int written = pages.forEach((row, hit) -> {
                g.writeStartObject();
                List<Object> values = values(row, hit, base);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    g.writeObjectField(camel(COLUMNS.get(i)), values.get(i));
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeNumberField("exported", written);
            g.writeBooleanField("capped", pages.capped());
            if (pages.capped()) {
                g.writeStringField("message", "only the first " + written + " of " + pages.total()
                        + " results were exported; narrow the search to export the rest");
            }
            g.writeEndObject();
            g.flush();
        }
    }

    /** One row's raw values in {@link #COLUMNS} order (null where absent). */
    private static List<Object> values(int row, Hit hit, String base) {
        String documentUrl = base + "/documents/" + org.policyportal.web.Links.encode(hit.id());
        String snippet = hit.snippets().isEmpty() ? "" : Csv.plain(hit.snippets().getFirst().html());
        List<String> standards = hit.standards().stream().map(StandardRef::id).toList();
        return Arrays.asList(row, hit.clauseOrdinal() == null ? "document" : "clause", hit.id(), hit.title(),
                hit.country(), hit.countryName(), hit.issuingBody(), hit.year(), hit.language(),
                String.join(";", standards), hit.clauseOrdinal(), hit.clauseRef(),
                String.join(" > ", hit.headingPath()), base + hit.url(), documentUrl, documentUrl + "/original",
                hit.path(), snippet, hit.score());
    }

    /** The same values made safe for spreadsheets. */
    private static List<Object> csvValues(int row, Hit hit, String base) {
        return values(row, hit, base).stream().map(v -> v instanceof String s ? Csv.safe(s) : v).toList();
    }

    private static String camel(String column) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
