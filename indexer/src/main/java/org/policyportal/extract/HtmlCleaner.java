package org.policyportal.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Drops what is not the document's content from an HTML page before text extraction: scripts, styles,
 * navigation, site headers and footers, sidebars, forms, cookie banners, skip links and tooltips; and picks the
 * main content element when the page marks one.
 *
 * <p>Thread-safe: stateless; it mutates only the document passed in. The selectors are parsed once (jsoup
 * evaluators are thread-safe): parsing them for every page cost more than a third of this class's time.
 */
public final class HtmlCleaner {

    private static final Evaluator BOILERPLATE = QueryParser.parse(String.join(",", List.of(
            "script", "style", "noscript", "template", "iframe", "svg", "button", "link", "meta",
            "nav", "aside", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
            "[aria-hidden=true]", "[hidden]", ".breadcrumb", ".breadcrumbs", ".navbar", ".nav", ".menu",
            ".sidebar", ".skip-link", ".skip", ".cookie", ".cookies", "#cookie-banner", ".visually-hidden",
            ".sr-only", "#header", "#footer", ".site-header", ".site-footer", "table#SummaryNotReq1",
            // Tooltips and hover help; the Federal Register's explains "Document Headings" in each of its rules
            // (197 of corpus-real's files, seven clauses each). Not ".tooltip": sites put it on the visible term.
            "[role=tooltip]", ".fr-seal-block-header",
            // EUR-Lex's consolidated acts mark which act each passage comes from ("▼B", "▼M2") in a paragraph.
            "p.arrow", "p.modref")));
    private static final Evaluator FORM = QueryParser.parse("form");
    private static final Evaluator HEADER_OR_FOOTER = QueryParser.parse("header, footer");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
    private static final Evaluator MAIN_CONTENT =
            QueryParser.parse("main, [role=main], article, #content, #main-content, .content");
    private static final Evaluator H1 = QueryParser.parse("h1");

    /** The element holding the page's content, with boilerplate removed. */
    public Element content(Document doc) {
        doc.select(BOILERPLATE).remove();
        // Search and login forms are chrome, but some sites wrap the whole page in one form: keep big ones.
        for (Element form : doc.select(FORM)) {
            if (form.text().length() < 500) {
                form.remove();
            }
        }
        // Page-level header/footer are chrome; a header inside an article usually holds the title, so keep it.
        for (Element e : doc.select(HEADER_OR_FOOTER)) {
            if (e.closest(ARTICLE_OR_MAIN) == null) {
                e.remove();
            }
        }
        Element main = doc.selectFirst(MAIN_CONTENT);
        if (main != null && main.text().length() > doc.body().text().length() / 3) {
            return main;
        }
        return doc.body();
    }

    /** The page title: {@code <title>}, else the first {@code <h1>}; null when neither has text. */
    public String title(Document doc) {
        String t = doc.title().strip();
        if (t.isEmpty()) {
            Element h1 = doc.selectFirst(H1);
            t = h1 == null ? "" : h1.text().strip();
        }
        return t.isEmpty() ? null : t;
    }
}
