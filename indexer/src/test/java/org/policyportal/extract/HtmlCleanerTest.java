package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final BlockWalker walker = new BlockWalker();

    private List<Block> blocks(String html) {
        return walker.walk(cleaner.content(Jsoup.parse(html)));
    }

    @Test
    void boilerplateIsDroppedAndMainIsChosen() {
        String html = """
                <html><head><title>Page T</title><style>.x{color:red}</style><script>var a=1;</script></head><body>
                <header>Site header</header><nav>Menu</nav><div class="sidebar">Side links</div>
                <main><h1>Main Heading</h1><p>Real content paragraph.</p><aside>Related</aside></main>
                <footer>Foot</footer><script>track()</script></body></html>""";
        assertThat(blocks(html)).containsExactly(Block.heading(1, "Main Heading"),
                Block.paragraph("Real content paragraph."));
    }

    @Test
    void tooltipsAndHoverHelpAreDropped() {
        String html = """
                <body><div class="fr-seal-block fr-seal-block-header with-hover"><span class="h6">Document Headings</span>
                <div class="fr-seal-meta"><p>Document headings vary by document type.</p></div></div>
                <div class="content-block"><h6 class="agency">Department of Defense</h6></div>
                <p>Rule text on <span class="tooltip">ICT</span>.<span role="tooltip">Opens a glossary</span></p>
                </body>""";
        assertThat(blocks(html)).containsExactly(Block.heading(6, "Department of Defense"),
                Block.paragraph("Rule text on ICT."));
    }

    @Test
    void eurLexSourceMarkersAreDropped() {
        String html = "<body><p class=\"arrow\"><a href=\"x\" title=\"32016R0679\">▼B</a></p>"
                + "<p>Article 1</p><p class=\"modref\"><a href=\"y\">▼M2</a></p><p>Amended text.</p></body>";
        assertThat(blocks(html)).containsExactly(Block.paragraph("Article 1"), Block.paragraph("Amended text."));
    }

    @Test
    void aNumberStandingAloneJoinsTheTextAfterIt() {
        // EUR-Lex's consolidated texts set a paragraph's number apart from its text, in a div shown inline.
        String html = """
                <body><p>Article 1</p><div class="norm"><span class="no-parag">1.  </span>
                <div class="norm inline-element">This Regulation lays down rules.</div></div>
                <div><span>(a)</span><ul><li>first point</li></ul></div>
                <div><span>2.</span><h3>A heading keeps its own block</h3></div><p>3.</p></body>""";
        assertThat(blocks(html)).containsExactly(Block.paragraph("Article 1"),
                Block.paragraph("1. This Regulation lays down rules."), Block.listItem(1, "(a) first point"),
                Block.paragraph("2."), Block.heading(3, "A heading keeps its own block"), Block.paragraph("3."));
    }

    @Test
    void brIsALineBreakAndTableRowsAreOneLine() {
        String html = "<body><p>Line one<br>Line two</p><table><tr><td>1.1</td><td>Use   TLS</td></tr>"
                + "<tr><th>A</th><th>B</th></tr></table></body>";
        assertThat(blocks(html)).containsExactly(Block.paragraph("Line one\nLine two"),
                Block.paragraph("1.1 | Use TLS"), Block.paragraph("A | B"));
    }

    @Test
    void aRowOpeningWithAPointMarkerReadsAsThatPoint() {
        // The Official Journal sets points out as two-cell rows: the marker, then the text.
        String html = "<body><table><tr>\n <td><p>(e)</p></td>\n <td><p>to intervene in the system;</p></td>\n</tr>"
                + "<tr><td> </td><td>Name</td><td>Value</td></tr></table></body>";
        assertThat(blocks(html)).containsExactly(Block.paragraph("(e) to intervene in the system;"),
                Block.paragraph("Name | Value"));
    }

    @Test
    void listsAndInlineMarkup() {
        String html = "<body><ul><li>Item <b>bold</b></li><li>Second<ul><li>Nested</li></ul></li></ul></body>";
        assertThat(blocks(html)).containsExactly(Block.listItem(1, "Item bold"), Block.listItem(1, "Second"),
                Block.listItem(2, "Nested"));
    }

    @Test
    void headerInsideArticleIsKept() {
        String html = "<body><article><header><h1>Act title</h1></header><p>Text.</p></article></body>";
        assertThat(blocks(html)).containsExactly(Block.heading(1, "Act title"), Block.paragraph("Text."));
    }

    @Test
    void titleFromTitleElementElseFirstH1() {
        assertThat(cleaner.title(Jsoup.parse("<title> Page T </title><h1>H</h1>"))).isEqualTo("Page T");
        assertThat(cleaner.title(Jsoup.parse("<body><h1>Heading One</h1></body>"))).isEqualTo("Heading One");
        Document empty = Jsoup.parse("<body><p>x</p></body>");
        assertThat(cleaner.title(empty)).isNull();
    }
}
