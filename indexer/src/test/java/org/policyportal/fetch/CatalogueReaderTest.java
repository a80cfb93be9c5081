package org.policyportal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {
    private static final String HEADER = "id,title,country,issuing_body,year,language,format,url,licence_note\n";

    private List<CatalogueEntry> read(String csv) throws CatalogueException {
        return new CatalogueReader().read(new StringReader(csv), "test.csv");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() throws Exception {
        List<CatalogueEntry> entries = read(HEADER
                + "nl-list,\"Lijst open standaarden (\"\"pas toe of leg uit\"\")\",NL,\"Forum Standaardisatie, BZK\","
                + "2024,nl,html,https://www.forumstandaardisatie.nl/open-standaarden,\"CC0, see site\"\n"
                + "\n"
                + "us-bod,\"Binding Operational\nDirective 18-01\",US,CISA,2017,en,html,"
                + "https://www.cisa.gov/news-events/directives/bod-18-01-enhance-email-and-web-security,Public domain\n");
        assertThat(entries).hasSize(2);
        CatalogueEntry first = entries.get(0);
        assertThat(first.title()).isEqualTo("Lijst open standaarden (\"pas toe of leg uit\")");
        assertThat(first.issuingBody()).isEqualTo("Forum Standaardisatie, BZK");
        assertThat(first.licenceNote()).isEqualTo("CC0, see site");
        assertThat(first.host()).isEqualTo("www.forumstandaardisatie.nl");
        assertThat(entries.get(1).title()).isEqualTo("Binding Operational\nDirective 18-01");
    }

    @Test
    void acceptsUtf8Bom() throws Exception {
        assertThat(read("\uFEFF" + HEADER + "a,T,EU,Body,2020,en,pdf,https://example.org/a.pdf,x\n")).hasSize(1);
    }

    @Test
    void rejectsWrongHeader() {
        assertThatThrownBy(() -> read("id,title\nx,y\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("header must be");
    }

    @Test
    void rejectsWrongFieldCountWithLineNumber() {
        assertThatThrownBy(() -> read(HEADER + "a,T,EU,Body,2020,en,pdf,https://example.org/a.pdf\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("line 2").hasMessageContaining("9");
    }

    @Test
    void rejectsDuplicateIdsBadIdsAndBadUrls() {
        assertThatThrownBy(() -> read(HEADER + "a,T,EU,B,2020,en,pdf,https://e.org/1,x\n"
                + "a,T,EU,B,2020,en,pdf,https://e.org/2,x\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("duplicate id 'a'");
        assertThatThrownBy(() -> read(HEADER + "Bad Id,T,EU,B,2020,en,pdf,https://e.org/1,x\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("must match");
        assertThatThrownBy(() -> read(HEADER + "a,T,EU,B,2020,en,pdf,ftp://e.org/1,x\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> read(HEADER + "a,T,EU,B,2020,en,pdf,not a url,x\n"))
                .isInstanceOf(CatalogueException.class);
    }
}
