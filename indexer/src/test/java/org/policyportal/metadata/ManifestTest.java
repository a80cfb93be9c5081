package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private Manifest manifest(String csv) throws Exception {
        Path f = dir.resolve("manifest.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return Manifest.read(f);
    }

    @Test
    void quotedFieldsWithCommasAndExtraColumns() throws Exception {
        Manifest m = manifest("""
                path,title,country,issuing_body,year,language,licence
                NL/a.pdf,"Rules, part 1",NL,"Forum Standaardisatie, NL",2021,nl,CC BY 4.0
                b.md,"He said \"\"hi\"\"",GB,GDS,2020,en,
                """);
        assertThat(m.problems()).isEmpty();
        assertThat(m.rows()).hasSize(2);
        Manifest.Row a = m.rows().get(0);
        assertThat(a.path()).isEqualTo("NL/a.pdf");
        assertThat(a.line()).isEqualTo(2);
        assertThat(a.values()).containsEntry("title", "Rules, part 1")
                .containsEntry("issuing_body", "Forum Standaardisatie, NL").containsEntry("licence", "CC BY 4.0");
        assertThat(m.rows().get(1).values()).containsEntry("title", "He said \"hi\"").doesNotContainKey("licence");
        assertThat(m.folder()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Manifest m = manifest("\uFEFFPath,Title,Country,Issuing_Body,Year,Language\na.txt,A,NL,B,2020,nl\n");
        assertThat(m.problems()).isEmpty();
        assertThat(m.rows()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("a.txt");
            assertThat(r.values()).containsEntry("country", "NL");
        });
    }

    @Test
    void missingRequiredColumnIsAProblemNotAnError() throws Exception {
        Manifest m = manifest("path,title,country,year,language\na.txt,A,NL,2020,nl\n");
        assertThat(m.problems()).containsExactly("manifest manifest.csv lacks column 'issuing_body'");
        assertThat(m.rows()).hasSize(1);
    }

    @Test
    void rowWithoutPathIsAProblem() throws Exception {
        Manifest m = manifest("path,title,country,issuing_body,year,language\n,Orphan,NL,B,2020,nl\nx.txt,X,NL,B,2020,nl\n");
        assertThat(m.problems()).containsExactly("manifest line 2: no path");
        assertThat(m.rows()).extracting(Manifest.Row::path).containsExactly("x.txt");
    }

    @Test
    void brokenQuotingIsReportedNotThrown() throws Exception {
        Manifest m = manifest("path,title,country,issuing_body,year,language\na.txt,\"unclosed,NL,B,2020,nl\n");
        assertThat(m.problems()).anySatisfy(p -> assertThat(p).contains("not valid CSV"));
    }
}
