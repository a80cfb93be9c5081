package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.extract.Block;
import org.policyportal.extract.Extraction;

class MetadataResolverTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();
    private final MetadataResolver resolver = new MetadataResolver(GUESSER);

    private static final String DUTCH = "De leverancier moet ervoor zorgen dat alle gegevens versleuteld worden "
            + "opgeslagen en dat de toegang tot de systemen van de overheid wordt beperkt tot bevoegde medewerkers.";
    private static final String GERMAN = "Der Auftragnehmer muss sicherstellen, dass alle Daten verschlüsselt "
            + "gespeichert werden und dass der Zugang zu den Systemen der Behörde auf befugte Mitarbeiter beschränkt ist.";

    private static Extraction text(String title, Block... blocks) {
        return Extraction.of(List.of(blocks), "text/plain", title, false);
    }

    @Test
    void givenValuesWinAndAreNormalised() {
        var r = resolver.resolve("NL/a.pdf", Map.of("title", "T", "country", "uk", "issuing_body", "GDS",
                "year", "2021", "language", "eng", "source_url", "https://x", "licence", "CC0"),
                text(null, Block.paragraph(DUTCH)));
        DocumentMetadata m = r.metadata();
        assertThat(r.warnings()).isEmpty();
        assertThat(m.title()).isEqualTo("T");
        assertThat(m.country()).isEqualTo("GB");
        assertThat(m.issuingBody()).isEqualTo("GDS");
        assertThat(m.year()).isEqualTo(2021);
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.sourceUrl()).isEqualTo("https://x");
        assertThat(m.extra()).containsEntry("licence", "CC0");
        assertThat(m.inferred()).isEmpty();
    }

    @Test
    void unknownCountryIsAWarningAndInferredFromTheFolder() {
        var r = resolver.resolve("NL/a.pdf", Map.of("country", "XX"), text("T"));
        assertThat(r.warnings()).contains("unknown country 'XX'");
        assertThat(r.metadata().country()).isEqualTo("NL");
        assertThat(r.metadata().isInferred("country")).isTrue();
        assertThat(resolver.resolve("misc/a.pdf", Map.of(), text("T")).metadata().country())
                .isEqualTo(DocumentMetadata.UNKNOWN);
        assertThat(resolver.resolve("a.pdf", Map.of(), text("T")).metadata().country())
                .isEqualTo(DocumentMetadata.UNKNOWN);
    }

    @Test
    void badYearIsAWarningAndInferredFromTheFile() {
        Extraction withYear = text("T").withMetadata(2019, null, Map.of());
        var r = resolver.resolve("a.pdf", Map.of("year", "20x1"), withYear);
        assertThat(r.warnings()).contains("bad year '20x1'");
        assertThat(r.metadata().year()).isEqualTo(2019);
        assertThat(r.metadata().isInferred("year")).isTrue();
        var none = resolver.resolve("a.pdf", Map.of("year", "1066"), text("T"));
        assertThat(none.warnings()).contains("bad year '1066'");
        assertThat(none.metadata().year()).isNull();
    }

    @Test
    void unknownLanguageIsAWarningAndDetected() {
        var r = resolver.resolve("a.txt", Map.of("language", "xx"), text("T", Block.paragraph(DUTCH)));
        assertThat(r.warnings()).contains("unknown language 'xx'");
        assertThat(r.metadata().language()).isEqualTo("nl");
        assertThat(r.metadata().isInferred("language")).isTrue();
    }

    @Test
    void detectsDutchAndGerman() {
        assertThat(GUESSER.guess(DUTCH)).contains("nl");
        assertThat(GUESSER.guess(GERMAN)).contains("de");
        assertThat(GUESSER.guess("   ")).isEmpty();
        assertThat(GUESSER.guess("xq zv 123 kkj pq 99 zzt")).isEmpty();
        assertThat(resolver.resolve("a.txt", Map.of(), text("T", Block.paragraph(GERMAN))).metadata().language())
                .isEqualTo("de");
    }

    @Test
    void declaredFileLanguageBeatsDetection() {
        Extraction e = text("T", Block.paragraph(DUTCH)).withMetadata(null, "fr-FR", Map.of());
        assertThat(resolver.resolve("a.txt", Map.of(), e).metadata().language()).isEqualTo("fr");
    }

    @Test
    void titleInferenceOrder() {
        // 1. the file's own title
        assertThat(resolver.resolve("d/x_y.pdf", Map.of(), text("File Title", Block.heading(1, "Heading")))
                .metadata().title()).isEqualTo("File Title");
        // 2. the first heading (titles shorter than 3 characters do not count)
        assertThat(resolver.resolve("d/x_y.pdf", Map.of(), text("ab", Block.paragraph("p"),
                Block.heading(2, "First\nHeading"))).metadata().title()).isEqualTo("First Heading");
        // 3. the file name
        var byName = resolver.resolve("d/cloud-security_policy.pdf", Map.of(), text(null, Block.paragraph("p")));
        assertThat(byName.metadata().title()).isEqualTo("Cloud security policy");
        assertThat(byName.metadata().inferred()).contains("title", "country", "issuingBody", "year", "language");
        assertThat(byName.metadata().issuingBody()).isEqualTo(DocumentMetadata.UNKNOWN);
    }

    @Test
    void fileYearIsUsedWhenNoneGiven() {
        assertThat(resolver.resolve("a.pdf", Map.of(), text("T").withMetadata(2020, null, Map.of("author", "A")))
                .metadata()).satisfies(m -> {
                    assertThat(m.year()).isEqualTo(2020);
                    assertThat(m.extra()).containsEntry("author", "A");
                });
    }
}
