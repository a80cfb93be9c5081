package org.policyportal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads the prose of XML documents, not their markup: OSCAL catalogues and profiles (control titles become
 * headings carrying the control id, {@code prose} becomes paragraphs), DITA topics (titles, paragraphs, list
 * items, table entries), EU Formex acts and, for any other XML, the text of leaf elements. Attribute values,
 * identifiers, links and parameters are left out: they are markup noise to a reader.
 *
 * <p>Thread-safe: stateless.
 */
public final class XmlProseReader {

    private static final Set<String> HEADINGS = Set.of("title", "ti.art", "sti.art", "ti", "ti.cji", "navtitle");
    private static final Set<String> PROSE = Set.of("p", "prose", "shortdesc", "abstract", "description", "remarks",
            "entry", "note", "dd", "dt", "alinea", "np", "txt", "li", "stentry", "cmd", "info", "context", "result",
            "statement", "guidance", "ul", "ol", "parag", "content", "summary", "value", "label");
    private static final Set<String> SECTIONS = Set.of("group", "control", "part", "section", "topic", "concept",
            "task", "reference", "article", "division", "chapter", "body", "conbody", "refbody", "taskbody",
            "enacting.terms", "preamble", "metadata");
    /** Formex's paragraph and point numbers, read as markers and joined to the text after them. */
    private static final Set<String> NUMBERS = Set.of("no.parag", "no.p");
    private static final Set<String> TITLE_LINES = Set.of("p", "ti", "sti");
    private static final Set<String> NOISE = Set.of("link", "prop", "param", "back-matter", "resource", "rlink",
            "xref", "import", "set-parameter", "modify", "party", "responsible-party", "role", "revisions",
            "document-id", "bibliography", "bib.instance", "prolog", "metadata.head");

    /** Prose blocks and the document's title (OSCAL metadata title, DITA title, or the first title). */
    public Extraction read(String xml, String contentType) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Block> blocks = new ArrayList<>();
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null) {
            return Extraction.of(List.of(), contentType, null, false);
        }
        walk(root, blocks, 1);
        // Formex numbers paragraphs and points in elements of their own (NO.PARAG, NO.P) before the text.
        blocks = BlockWalker.joinMarkers(blocks);
        blocks.removeIf(BlockWalker::isMarker);
        Element meta = doc.selectFirst("metadata > title");
        Element first = doc.selectFirst("title");
        String title = meta != null ? meta.text() : first != null ? headingText(first) : null;
        title = title == null ? null : title.replaceAll("\\s+", " ");
        return Extraction.of(blocks, contentType, title == null || title.isBlank() ? null : title.strip(), false);
    }

    private void walk(Element e, List<Block> out, int depth) {
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        int local = tag.indexOf(':');
        if (local >= 0) {
            tag = tag.substring(local + 1);
        }
        if (NOISE.contains(tag)) {
            return;
        }
        if (HEADINGS.contains(tag)) {
            String text = TextCleaner.clean(headingText(e).replaceAll("\\s+", " "));
            Element parent = e.parent();
            String id = parent == null ? "" : parent.attr("id");
            // OSCAL control ids (ac-2, ac-2.1) are the clause numbers researchers cite.
            if (!id.isEmpty() && parent.normalName().endsWith("control")) {
                text = id.toUpperCase(Locale.ROOT) + " " + text;
            }
            if (!text.isEmpty()) {
                // A subtitle sits under its title: at the same level it would close the article the title opened.
                int level = tag.startsWith("sti") ? depth + 1 : depth;
                out.add(Block.heading(Math.min(level, 6), text));
            }
            return;
        }
        if (NUMBERS.contains(tag)) {
            String text = TextCleaner.clean(e.wholeText());
            if (!text.isEmpty()) {
                out.add(Block.paragraph(text));
            }
            return;
        }
        boolean leaf = e.children().isEmpty();
        if (PROSE.contains(tag) && (leaf || !hasBlockChild(e))) {
            String text = TextCleaner.clean(proseText(e));
            if (!text.isEmpty()) {
                out.add(tag.equals("li") ? Block.listItem(1, text) : Block.paragraph(text));
            }
            return;
        }
        if (leaf) {
            String text = TextCleaner.clean(e.wholeText().replaceAll("\\s+", " "));
            // Unknown leaves: keep only running text, not codes, ids or numbers.
            if (text.length() > 25 && text.indexOf(' ') > 0) {
                out.add(Block.paragraph(text));
            }
            return;
        }
        int childDepth = SECTIONS.contains(tag) ? depth + 1 : depth;
        for (Element c : e.children()) {
            walk(c, out, childDepth);
        }
    }

    private boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String t = c.normalName();
            if (PROSE.contains(t) || HEADINGS.contains(t) || SECTIONS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A title's text, with a space between its lines (Formex: {@code <TI><P>CHAPTER IV</P></TI><STI>...}). */
    private static String headingText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element c) {
                boolean line = TITLE_LINES.contains(c.normalName().toLowerCase(Locale.ROOT));
                sb.append(line ? " " : "").append(headingText(c)).append(line ? " " : "");
            }
        }
        return sb.toString();
    }

    private static String proseText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c) {
                String name = c.normalName();
                if (name.equals("insert")) {
                    sb.append('[').append(c.attr("id-ref")).append(']');
                } else if (!NOISE.contains(name)) {
                    sb.append(' ').append(proseText(c)).append(' ');
                }
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
