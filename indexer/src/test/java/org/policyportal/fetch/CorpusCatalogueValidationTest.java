package org.policyportal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Validates the bundled catalogue and sample corpus ({@code ../corpus} from the indexer module). */
class CorpusCatalogueValidationTest {

    private static final Path CORPUS = Path.of("..", "corpus");
    /** The one file deliberately left without manifest row or sidecar, so the indexer must infer metadata. */
    private static final String NO_METADATA = "KE/icta-3001-information-security.txt";
    private static final Set<String> EXTRA_REGIONS = Set.of("EU", "INT");

    private static boolean isCountry(String code) {
        return EXTRA_REGIONS.contains(code) || Set.of(java.util.Locale.getISOCountries()).contains(code)
                || code.equals("GB");
    }

    @Test
    void sourcesCatalogueIsValid() throws Exception {
        List<CatalogueEntry> entries = new CatalogueReader().read(CORPUS.resolve("sources.csv"));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(55);
        assertThat(entries.stream().map(CatalogueEntry::id).distinct().count()).isEqualTo(entries.size());
        for (CatalogueEntry e : entries) {
            assertThat(e.url().getScheme()).as(e.id()).isEqualTo("https");
            assertThat(isCountry(e.country())).as(e.id() + " country " + e.country()).isTrue();
            assertThat(e.year()).as(e.id()).matches("\\d{4}");
            assertThat(e.title()).as(e.id()).isNotBlank();
            assertThat(e.issuingBody()).as(e.id()).isNotBlank();
            assertThat(e.language()).as(e.id()).matches("[a-z]{2}");
        }
    }

    @Test
    void sampleManifestCoversTheCorpus() throws IOException {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(CORPUS.resolve("manifest.csv"))) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
            var parser = format.parse(r);
            assertThat(parser.getHeaderNames()).containsExactly("path", "title", "country", "issuing_body", "year",
                    "language", "source_url", "format", "licence", "summary");
            rows = parser.getRecords();
        }
        Set<String> listed = new HashSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> bodies = new TreeSet<>();
        Set<String> years = new TreeSet<>();
        Set<String> languages = new TreeSet<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        Map<String, Integer> perFormat = new HashMap<>();
        for (CSVRecord row : rows) {
            String path = row.get("path");
            assertThat(CORPUS.resolve(path)).as(path).isRegularFile();
            assertThat(listed.add(path)).as("duplicate " + path).isTrue();
            assertThat(isCountry(row.get("country"))).as(path).isTrue();
            assertThat(row.get("year")).as(path).matches("\\d{4}");
            assertThat(row.get("language")).as(path).matches("[a-z]{2}");
            assertThat(row.get("source_url")).as(path).startsWith("https://");
            assertThat(row.get("licence")).as(path).isNotBlank();
            assertThat(path).endsWith("." + row.get("format"));
            countries.add(row.get("country"));
            bodies.add(row.get("issuing_body"));
            years.add(row.get("year"));
            languages.add(row.get("language"));
            perLanguage.merge(row.get("language"), 1, Integer::sum);
            perFormat.merge(row.get("format"), 1, Integer::sum);
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        Set<String> sidecars = new HashSet<>();
        for (Path f : files) {
            String rel = CORPUS.relativize(f).toString().replace('\\', '/');
            if (rel.endsWith(".meta.json")) {
                String target = rel.substring(0, rel.length() - ".meta.json".length());
                assertThat(CORPUS.resolve(target)).as(rel).isRegularFile();
                JsonNode meta = json.readTree(f.toFile());
                for (String key : List.of("title", "country", "issuing_body", "year", "language", "source_url")) {
                    assertThat(meta.hasNonNull(key)).as(rel + " has " + key).isTrue();
                }
                assertThat(listed).as("sidecar file must not also be in the manifest").doesNotContain(target);
                sidecars.add(target);
                countries.add(meta.get("country").asText());
                bodies.add(meta.get("issuing_body").asText());
                years.add(meta.get("year").asText());
                languages.add(meta.get("language").asText());
                perLanguage.merge(meta.get("language").asText(), 1, Integer::sum);
                perFormat.merge(target.substring(target.lastIndexOf('.') + 1), 1, Integer::sum);
            }
        }
        assertThat(sidecars).hasSizeBetween(2, 3);
        Set<String> unlisted = files.stream()
                .map(f -> CORPUS.relativize(f).toString().replace('\\', '/'))
                .filter(rel -> !rel.startsWith("src/") && !rel.startsWith("downloads/"))
                .filter(rel -> !Set.of("README.md", "sources.csv", "manifest.csv", ".indexignore").contains(rel))
                .filter(rel -> !rel.endsWith(".meta.json"))
                .filter(rel -> !listed.contains(rel) && !sidecars.contains(rel))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unlisted).containsExactly(NO_METADATA);
        int documents = listed.size() + sidecars.size() + unlisted.size();
        assertThat(documents).as("documents").isGreaterThanOrEqualTo(62);
        for (String lang : List.of("nl", "de", "fr", "es")) {
            assertThat(perLanguage.getOrDefault(lang, 0)).as("documents in " + lang).isGreaterThanOrEqualTo(6);
        }
        Map<String, Integer> minFormats = Map.of("html", 15, "md", 15, "txt", 6, "pdf", 8, "docx", 8, "odt", 4,
                "rtf", 1, "xml", 1);
        perFormat.merge("txt", 1, Integer::sum); // the metadata-less KE/*.txt file
        minFormats.forEach((fmt, min) -> assertThat(perFormat.getOrDefault(fmt, 0)).as("format " + fmt)
                .isGreaterThanOrEqualTo(min));
        Set<String> documentPaths = new TreeSet<>(listed);
        documentPaths.addAll(sidecars);
        documentPaths.addAll(unlisted);
        for (String doc : documentPaths) {
            int words = wordCount(doc);
            assertThat(words).as("words in " + doc).isBetween(400, 2500);
        }
        assertThat(Files.readAllLines(CORPUS.resolve(".indexignore"))).contains("README.md", "sources.csv", "src",
                "src/**");
        assertThat(countries).hasSizeGreaterThanOrEqualTo(16);
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(22);
        assertThat(years).hasSizeGreaterThanOrEqualTo(12);
        assertThat(languages).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            assertThat(Files.size(f)).as(f.toString()).isLessThan(200 * 1024);
        }
    }

    /** Words of a document's text: Markdown/TXT/XML directly, generated formats via their Markdown source. */
    private static int wordCount(String doc) throws IOException {
        Path source = CORPUS.resolve("src").resolve(doc + ".md");
        Path file = Files.isRegularFile(source) ? source : CORPUS.resolve(doc);
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (doc.endsWith(".xml")) {
            text = text.replaceAll("<[^>]+>", " ");
        }
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
