package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.policyportal.insights.FeedEntry;
import org.policyportal.insights.NewestDocuments;
import org.policyportal.metadata.Countries;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /feed.atom}: an Atom 1.0 feed of the newest documents matching a search (same parameters as
 * {@code /search}), newest year first, then newest indexed. Every text is XML-escaped with forbidden characters
 * dropped. Stateless and thread-safe.
 */
public final class FeedHandler {

    static final int ENTRIES = 50;

    private final NewestDocuments newest;

    public FeedHandler(NewestDocuments newest) {
        this.newest = newest;
    }

    public void feed(Context ctx) {
        SearchState state = SearchParams.parse(ctx);
        List<FeedEntry> entries = newest.newest(state.toRequest(), ENTRIES);
        String base = BaseUrl.of(ctx);
        String self = base + SearchLinks.on(state, "/feed.atom");
        Instant updated = entries.stream().map(FeedEntry::indexedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>").append(Xml.escape(title(state))).append("</title>\n");
        x.append("<id>").append(Xml.escape(self)).append("</id>\n");
        x.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self)).append("\"/>\n");
        x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base + state.url()))
                .append("\"/>\n");
        x.append("<updated>").append(time(updated)).append("</updated>\n");
        x.append("<author><name>ICT procurement policy portal</name></author>\n");
        for (FeedEntry e : entries) {
            String url = base + e.path();
            x.append("<entry>\n<title>").append(Xml.escape(e.title())).append("</title>\n");
            x.append("<id>").append(Xml.escape(url)).append("</id>\n");
            x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            x.append("<updated>").append(time(e.indexedAt())).append("</updated>\n");
            x.append("<summary>").append(Xml.escape(summary(e))).append("</summary>\n</entry>\n");
        }
        x.append("</feed>\n");
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(x.toString());
    }

    private static String title(SearchState state) {
        return state.query().isEmpty() ? "Newest policy documents" : "Newest policy documents for “" + state.query()
                + "”";
    }

    private static String summary(FeedEntry e) {
        return Countries.name(e.country()) + " · " + e.issuingBody() + " · "
                + (e.year() == null ? "year unknown" : e.year())
                + (e.standards().isEmpty() ? "" : " · standards: " + String.join(", ", e.standards()));
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t == null ? Instant.EPOCH : t);
    }
}
