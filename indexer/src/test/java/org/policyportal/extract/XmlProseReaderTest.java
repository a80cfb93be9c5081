package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlProseReaderTest {

    private final XmlProseReader reader = new XmlProseReader();

    @Test
    void oscalCatalogControlsBecomeHeadingsWithProse() {
        String xml = """
                <?xml version="1.0"?>
                <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="u">
                 <metadata><title>Tiny Catalog</title><version>1</version></metadata>
                 <group id="ac" class="family"><title>Access Control</title>
                  <control id="ac-2" class="SP800-53"><title>Account Management</title>
                   <param id="ac-02_odp.01"><label>organization-defined prerequisites</label></param>
                   <prop name="label" value="AC-2"/>
                   <link href="#ref-1" rel="reference"/>
                   <part id="ac-2_smt" name="statement"><p>Define and document the types of accounts allowed.</p></part>
                   <part id="ac-2_gdn" name="guidance"><p>Examples of system account types include individual and shared.</p></part>
                  </control>
                 </group>
                 <back-matter><resource uuid="r"><title>Reference resource title</title></resource></back-matter>
                </catalog>""";
        Extraction e = reader.read(xml, "application/xml");
        assertThat(e.title()).isEqualTo("Tiny Catalog");
        assertThat(e.blocks()).contains(Block.heading(3, "AC-2 Account Management"),
                Block.paragraph("Define and document the types of accounts allowed."),
                Block.paragraph("Examples of system account types include individual and shared."));
        assertThat(e.text()).doesNotContain("organization-defined prerequisites", "ref-1", "Reference resource title",
                "SP800-53");
        int heading = e.blocks().indexOf(Block.heading(3, "AC-2 Account Management"));
        assertThat(e.blocks().get(heading + 1).text()).startsWith("Define and document");
    }

    @Test
    void ditaTopic() {
        String xml = """
                <?xml version="1.0"?>
                <topic id="t1"><title>Password Policy</title><shortdesc>How passwords are handled.</shortdesc>
                <prolog><author>Someone</author></prolog>
                <body><p>Passwords must be at least 12 characters.</p><ul><li>No reuse</li><li>Rotate yearly</li></ul></body>
                </topic>""";
        Extraction e = reader.read(xml, "application/dita+xml");
        assertThat(e.title()).isEqualTo("Password Policy");
        assertThat(e.blocks()).containsExactly(Block.heading(2, "Password Policy"),
                Block.paragraph("How passwords are handled."),
                Block.paragraph("Passwords must be at least 12 characters."), Block.listItem(1, "No reuse"),
                Block.listItem(1, "Rotate yearly"));
    }

    @Test
    void formexActKeepsArticleAndPointNumbersAndSpacesBetweenTitleLines() {
        String xml = """
                <?xml version="1.0"?>
                <ACT><TITLE><TI><P>REGULATION (EU) 2016/679</P><P>of 27 April 2016</P></TI></TITLE>
                <ENACTING.TERMS><DIVISION><TITLE><TI><P>CHAPTER IV</P></TI><STI><P>Controller</P></STI></TITLE>
                <ARTICLE IDENTIFIER="032"><TI.ART>Article 32</TI.ART><STI.ART>Security of processing</STI.ART>
                <PARAG IDENTIFIER="032.001"><NO.PARAG>1.</NO.PARAG><ALINEA><P>The controller shall implement:</P>
                <LIST TYPE="alpha"><ITEM><NP><NO.P>(a)</NO.P><TXT>the encryption of personal data;</TXT></NP></ITEM>
                </LIST></ALINEA></PARAG></ARTICLE></DIVISION></ENACTING.TERMS></ACT>""";
        Extraction e = reader.read(xml, "application/xml");
        assertThat(e.title()).isEqualTo("REGULATION (EU) 2016/679 of 27 April 2016");
        assertThat(e.blocks()).containsExactly(Block.heading(1, "REGULATION (EU) 2016/679 of 27 April 2016"),
                Block.heading(3, "CHAPTER IV Controller"), Block.heading(4, "Article 32"),
                Block.heading(5, "Security of processing"), Block.paragraph("1. The controller shall implement:"),
                Block.paragraph("(a) the encryption of personal data;"));
        assertThat(new org.policyportal.clauses.ClauseSplitter().split(e.blocks()))
                .extracting(org.policyportal.document.Clause::ref)
                .containsExactly("Article 32(1)", "Article 32(1)(a)");
    }

    @Test
    void emptyOrMalformedXmlGivesNoBlocks() {
        assertThat(reader.read("", "application/xml").blocks()).isEmpty();
        assertThat(reader.read("<a><b>unclosed", "application/xml").blocks()).isEmpty();
    }
}
