package org.policyportal.web.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyportal.document.Clause;
import org.policyportal.search.DocumentView;
import org.policyportal.search.StandardRef;
import org.policyportal.standards.Mention;

/**
 * One clause on the document page.
 *
 * @param ordinal     anchor number ({@code id="clause-{ordinal}"})
 * @param ref         the clause's own number, or empty
 * @param headingPath headings above it
 * @param tocLabel    short label for the table of contents
 * @param html        escaped text with {@code <mark>} around query terms (rendered through {@code markOnly})
 * @param standards   standards the clause mentions
 * @param match       the clause matches the query
 * @param prevMatch   link to the previous matching clause (its anchor, or the part holding it), or empty
 * @param nextMatch   link to the next matching clause, or empty
 * @param security    the clause is a security provision
 */
public record ClauseView(int ordinal, String ref, List<String> headingPath, String tocLabel, String html,
                         List<StandardRef> standards, boolean match, String prevMatch, String nextMatch,
                         boolean security) {

    private static final int TOC_LABEL = 60;

    public ClauseView {
        headingPath = List.copyOf(headingPath);
        standards = List.copyOf(standards);
    }

    /** The clauses {@code view} holds (the part {@code links} shows); links to other clauses go through {@code links}. */
    static List<ClauseView> of(DocumentView view, ClauseLinks links) {
        Map<String, StandardRef> byId = new LinkedHashMap<>();
        view.standards().forEach(s -> byId.put(s.id(), s));
        List<Integer> matches = view.matchOrdinals();
        List<Clause> clauses = view.document().clauses();
        List<ClauseView> out = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            int at = matches.indexOf(c.ordinal());
            String prev = at > 0 ? links.href(matches.get(at - 1)) : "";
            String next = at >= 0 && at + 1 < matches.size() ? links.href(matches.get(at + 1)) : "";
            List<StandardRef> refs = c.mentions().stream().map(Mention::standardId).distinct()
                    .map(id -> byId.getOrDefault(id, new StandardRef(id, id, ""))).toList();
            String html = i < view.highlighted().size() ? view.highlighted().get(i) : escape(c.text());
            out.add(new ClauseView(c.ordinal(), c.ref() == null ? "" : c.ref(), c.headingPath(), tocLabel(c),
                    html, refs, at >= 0, prev, next, c.security()));
        }
        return out;
    }

    private static String tocLabel(Clause c) {
        String base = c.headingPath().isEmpty() ? c.text() : c.headingPath().getLast();
        base = base.length() > TOC_LABEL ? base.substring(0, TOC_LABEL - 1) + "…" : base;
        // Numbered headings already start with their number; don't show "2.1 2.1 ...".
        return c.ref() == null || base.startsWith(c.ref()) ? base : c.ref() + " " + base;
    }

    /** Fallback when the service returned fewer highlighted texts than clauses. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
