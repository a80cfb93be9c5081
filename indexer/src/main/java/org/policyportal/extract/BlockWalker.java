package org.policyportal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML or XHTML element tree into {@link Block}s: headings, paragraphs and list items, in document order.
 * Inline markup is flattened into its block's text; {@code <br>} and the line breaks of {@code <pre>} and of
 * Tika's PDF output are kept, because clause numbers often start a line.
 *
 * <p>Thread-safe: immutable.
 */
public final class BlockWalker {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "html", "center");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "head", "svg",
            "math", "object", "iframe", "button", "select", "input", "textarea", "img");

    private static final java.util.regex.Pattern MARKER =
            java.util.regex.Pattern.compile("\\(?(?:\\d{1,3}|[a-z]{1,3})[.)]|\\((?:\\d{1,3}|[a-z]{1,3})\\)");
    private static final java.util.regex.Pattern LINE_SPACE = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private final boolean keepLineBreaks;

    /** A walker for HTML pages: line ends in the source are just spaces. */
    public BlockWalker() {
        this(false);
    }

    /**
     * @param keepLineBreaks keep the line ends of text nodes (Tika's XHTML for PDFs puts one text line per line
     *                       inside a page's {@code <p>}; those line starts carry clause numbers)
     */
    public BlockWalker(boolean keepLineBreaks) {
        this.keepLineBreaks = keepLineBreaks;
    }

    /**
     * Blocks under {@code root}. A block that is only a number or letter marker ("1.", "(a)") is joined to the
     * paragraph or list item after it: pages that set a paragraph's number apart from its text (EUR-Lex's
     * consolidated acts, in a {@code div} styled inline) would otherwise leave the number a clause of its own and
     * the text without its ref.
     */
    public List<Block> walk(Element root) {
        List<Block> out = new ArrayList<>();
        walk(root, out, 0);
        return joinMarkers(out);
    }

    /** {@code blocks} with each {@link #isMarker marker} joined to the paragraph or list item right after it. */
    static List<Block> joinMarkers(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next != null && next.kind() != Block.Kind.HEADING && isMarker(b)) {
                out.add(new Block(next.kind(), next.level(), b.text() + " " + next.text()));
                i++;
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** A paragraph or list item that is only a number or letter marker: "1.", "2)", "(a)", "iv.". */
    static boolean isMarker(Block b) {
        return b.kind() != Block.Kind.HEADING && b.text().length() <= 6 && MARKER.matcher(b.text()).matches();
    }

    private void walk(Element e, List<Block> out, int listDepth) {
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            add(out, Block.heading(tag.charAt(1) - '0', e.text()));
            return;
        }
        boolean item = tag.equals("li");
        int depth = item ? listDepth + 1 : listDepth;
        boolean row = tag.equals("tr");
        StringBuilder inline = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (row && t.isBlank()) {
                    continue;   // the layout between cells, which would open the row with a separator
                }
                inline.append(tag.equals("pre") ? t.getWholeText()
                        : keepLineBreaks ? LINE_SPACE.matcher(t.getWholeText()).replaceAll(" ") : t.text());
            } else if (child instanceof Element c) {
                String ct = c.normalName();
                if (SKIP_TAGS.contains(ct)) {
                    continue;
                }
                if (row && (ct.equals("td") || ct.equals("th"))) {
                    // A table row reads as one line: cells joined, so a requirement and its number stay together.
                    // A first cell holding only a point's marker ("(e)") opens the text beside it, as in print.
                    String cell = c.wholeText().replaceAll("\\s+", " ").trim();
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (!inline.isEmpty()) {
                        inline.append(MARKER.matcher(inline).matches() ? " " : " | ");
                    }
                    inline.append(cell);
                } else if (ct.equals("br")) {
                    inline.append('\n');
                } else if (BLOCK_TAGS.contains(ct)) {
                    flush(out, inline, item, depth);
                    walk(c, out, depth);
                } else {
                    inline.append(inlineText(c));
                }
            }
        }
        flush(out, inline, item, depth);
    }

    private String inlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element c && !SKIP_TAGS.contains(c.normalName())) {
                sb.append(c.normalName().equals("br") ? "\n" : inlineText(c));
            }
        }
        return sb.toString();
    }

    private static void flush(List<Block> out, StringBuilder inline, boolean item, int depth) {
        if (!inline.isEmpty()) {
            add(out, item ? Block.listItem(depth, inline.toString()) : Block.paragraph(inline.toString()));
            inline.setLength(0);
        }
    }

    private static void add(List<Block> out, Block b) {
        String text = TextCleaner.clean(b.text());
        if (!text.isEmpty()) {
            out.add(new Block(b.kind(), b.level(), text));
        }
    }
}
