package org.policyportal.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyportal.document.Clause;
import org.policyportal.extract.Block;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter();

    private static List<String> refs(List<Clause> clauses) {
        return clauses.stream().map(Clause::ref).toList();
    }

    @Test
    void farStyleClauseGetsFullReferences() {
        List<Clause> c = splitter.split(List.of(
                Block.heading(1, "52.204-21 Basic Safeguarding of Covered Contractor Information Systems."),
                Block.paragraph("(a) Definitions. As used in this clause—"),
                Block.paragraph("(b) Safeguarding requirements and procedures."),
                Block.paragraph("(1) The Contractor shall apply the following basic safeguarding requirements:"),
                Block.paragraph("(i) Limit information system access to authorized users."),
                Block.paragraph("(ii) Limit information system access to the types of transactions."),
                Block.paragraph("(2) Verify and control connections to external information systems."),
                Block.paragraph("(c) Subcontracts.")));
        assertThat(refs(c)).containsExactly("52.204-21(a)", "52.204-21(b)", "52.204-21(b)(1)",
                "52.204-21(b)(1)(i)", "52.204-21(b)(1)(ii)", "52.204-21(b)(2)", "52.204-21(c)");
        assertThat(c.get(3).text()).isEqualTo("(i) Limit information system access to authorized users.");
        assertThat(c.get(3).headingPath())
                .containsExactly("52.204-21 Basic Safeguarding of Covered Contractor Information Systems.");
        assertThat(c).extracting(Clause::ordinal).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void letterIAfterHIsTheNinthLetterNotRomanOne() {
        List<Clause> c = splitter.split(List.of(Block.heading(1, "52.204-21 Safeguarding"),
                Block.paragraph("(g) Seventh."), Block.paragraph("(h) Eighth."), Block.paragraph("(i) Ninth."),
                Block.paragraph("(j) Tenth.")));
        assertThat(refs(c)).containsExactly("52.204-21(g)", "52.204-21(h)", "52.204-21(i)", "52.204-21(j)");
    }

    @Test
    void euArticleParagraphsAndPoints() {
        List<Clause> c = splitter.split(List.of(Block.heading(1, "Article 21"),
                Block.heading(2, "Cybersecurity risk-management measures"),
                Block.paragraph("1. Member States shall ensure that essential entities take measures."),
                Block.paragraph("2. Member States shall ensure that the measures include at least the following:"),
                Block.listItem(1, "(a) policies on risk analysis and information system security;"),
                Block.listItem(1, "(d) supply chain security;")));
        assertThat(refs(c)).containsExactly("Article 21(1)", "Article 21(2)", "Article 21(2)(a)", "Article 21(2)(d)");
        assertThat(c.get(3).headingPath()).containsExactly("Article 21", "Cybersecurity risk-management measures");
        // List items carry the lead-in sentence that ends with a colon.
        assertThat(c.get(3).text()).isEqualTo(
                "2. Member States shall ensure that the measures include at least the following: (d) supply chain security;");
    }

    @Test
    void dottedSectionsAndHeadingPath() {
        List<Clause> c = splitter.split(List.of(Block.heading(1, "Requirements"), Block.heading(2, "3.2 Access"),
                Block.heading(3, "3.2.1 Passwords"), Block.paragraph("Passwords shall be at least 12 characters."),
                Block.heading(3, "3.2.2 Keys"), Block.paragraph("Keys shall be rotated yearly."),
                Block.heading(1, "Annex"), Block.paragraph("Unnumbered annex text.")));
        assertThat(refs(c)).containsExactly("3.2.1", "3.2.2", null);
        assertThat(c.get(0).headingPath()).containsExactly("Requirements", "3.2 Access", "3.2.1 Passwords");
        assertThat(c.get(1).headingPath()).containsExactly("Requirements", "3.2 Access", "3.2.2 Keys");
        assertThat(c.get(2).headingPath()).containsExactly("Annex");
    }

    @Test
    void listItemsCarryTheirLeadIn() {
        List<Clause> c = splitter.split(List.of(Block.paragraph("The supplier shall:"),
                Block.listItem(1, "encrypt data at rest;"), Block.listItem(1, "log every access."),
                Block.paragraph("This paragraph has no colon."), Block.listItem(1, "loose item")));
        assertThat(c).extracting(Clause::text).containsExactly("The supplier shall:",
                "The supplier shall: encrypt data at rest;", "The supplier shall: log every access.",
                "This paragraph has no colon.", "loose item");
    }

    @Test
    void pdfParagraphWithNumberedLinesSplitsIntoClauses() {
        List<Clause> c = splitter.split(List.of(Block.heading(1, "5.1 Security"), Block.paragraph(
                "(a) The supplier shall patch systems within\n30 days of release.\n(b) The supplier shall use multi-\nfactor authentication.\n(c) Logs are kept.")));
        assertThat(refs(c)).containsExactly("5.1(a)", "5.1(b)", "5.1(c)");
        assertThat(c.get(0).text()).isEqualTo("(a) The supplier shall patch systems within 30 days of release.");
        // The hyphen at a line end before a lower-case letter was a word break.
        assertThat(c.get(1).text()).isEqualTo("(b) The supplier shall use multifactor authentication.");
    }

    @Test
    void dottedNumbersInsideAParagraphStartNewClauses() {
        List<Clause> c = splitter.split(List.of(Block.paragraph("3.2.2 Keys shall rotate.\n3.2.3 Logs shall be kept.")));
        assertThat(refs(c)).containsExactly("3.2.2", "3.2.3");
    }

    @Test
    void numberedParagraphsAreSectionsItemsOrTheNextTopLevelSection() {
        List<Clause> c = splitter.split(List.of(Block.paragraph("1. Why"), Block.paragraph("2. Agreements"),
                Block.paragraph("2.4 Eind 2021 IPv6"), Block.paragraph("1. for websites"),
                Block.paragraph("3. How they fit"), Block.paragraph("Article 21"), Block.paragraph("2. Member States")));
        assertThat(refs(c)).containsExactly("1", "2", "2.4", "2.4(1)", "3", "Article 21(2)");
    }

    @Test
    void overlongTextIsSplitAtSentenceBoundaries() {
        ClauseSplitter small = new ClauseSplitter(100);
        String sentence = "The supplier shall keep the logs for one year. ";
        String text = sentence.repeat(6).strip();
        List<Clause> c = small.split(List.of(Block.paragraph(text)));
        assertThat(c).hasSizeGreaterThan(1);
        assertThat(c).allSatisfy(cl -> {
            assertThat(cl.text().length()).isLessThanOrEqualTo(100);
            assertThat(cl.text()).endsWith(".");
        });
        assertThat(String.join(" ", c.stream().map(Clause::text).toList())).isEqualTo(text);
        assertThat(c).extracting(Clause::ordinal).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, c.size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void overlongSentenceWithoutBoundariesIsCutAtSpaces() {
        ClauseSplitter small = new ClauseSplitter(100);
        String text = "word ".repeat(100).strip();
        List<Clause> c = small.split(List.of(Block.paragraph(text)));
        assertThat(c).allSatisfy(cl -> assertThat(cl.text().length()).isLessThanOrEqualTo(100));
        assertThat(String.join(" ", c.stream().map(Clause::text).toList())).isEqualTo(text);
    }

    @Test
    void headingsOnlyDocumentGivesHeadingClauses() {
        List<Clause> c = splitter.split(List.of(Block.heading(1, "Contents"), Block.heading(2, "Part 1 Scope"),
                Block.heading(2, "..."), Block.heading(2, "Part 2 [Reserved]")));
        assertThat(c).extracting(Clause::text).containsExactly("Contents", "Part 1 Scope", "Part 2 [Reserved]");
        assertThat(c.get(1).headingPath()).containsExactly("Contents");
        assertThat(c).extracting(Clause::ordinal).containsExactly(1, 2, 3);
    }

    @Test
    void emptyAndPunctuationOnlyBlocksAreDropped() {
        List<Clause> c = splitter.split(List.of(Block.paragraph("..."), Block.paragraph("— – •"),
                Block.listItem(1, "(a)"), Block.paragraph("Real text.")));
        assertThat(c).extracting(Clause::text).containsExactly("Real text.");
        assertThat(splitter.split(List.of())).isEmpty();
    }

    @Test
    void tooSmallMaxCharsIsRejected() {
        assertThatThrownBy(() -> new ClauseSplitter(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
