package org.policyportal.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.search.LuceneSearchService;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Export, Atom feed, bulk zip and QR routes: well-formedness, caps and escaping. */
class ExportFeedZipQrTest {

    @TempDir
    static Path root;
    static LuceneSearchService service;
    static InsightsHttp http;
    static InsightsHttp capped;

    @BeforeAll
    static void start() throws IOException {
        service = InsightsFixture.open(root);
        http = new InsightsHttp(service, root.resolve("corpus"), InsightsLimits.defaults());
        capped = new InsightsHttp(service, root.resolve("corpus"), new InsightsLimits(2, 1, 1_000));
    }

    @AfterAll
    static void stop() {
        http.close();
        capped.close();
        service.close();
    }

    @Test
    void csvExportHasEveryHitWithDeepLinksAndDefusedFormulas() throws IOException {
        var r = http.get("/export.csv?mode=clauses&sort=year");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Export-Capped")).hasValue("false");
        List<CSVRecord> rows = csv(r.body());
        assertThat(rows).hasSize(7);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("id")).isEqualTo("nl-web");
        assertThat(first.get("title")).isEqualTo("'" + InsightsFixture.HOSTILE);
        assertThat(first.get("url")).isEqualTo(http.base() + "/documents/nl-web#clause-1");
        assertThat(first.get("kind")).isEqualTo("clause");
        assertThat(first.get("standards")).isEqualTo("tls;dmarc");
        assertThat(first.get("snippet")).startsWith("Websites must support TLS");
        assertThat(r.body()).doesNotContain("# capped");
    }

    @Test
    void cappedExportsSaySoInTheHeaderAndAtTheEnd() throws IOException {
        var r = capped.get("/export.csv");
        assertThat(r.headers().firstValue("X-Export-Capped")).hasValue("true");
        assertThat(r.headers().firstValue("X-Export-Total")).hasValue("5");
        assertThat(r.body().strip()).endsWith("# capped: only the first 2 of 5 results were exported; narrow the"
                + " search to export the rest");
        assertThat(csv(r.body().substring(0, r.body().indexOf("\r\n#")))).hasSize(2);
        JsonNode j = InsightsHttp.JSON.readTree(capped.get("/export.json").body());
        assertThat(j.get("rows")).hasSize(2);
        assertThat(j.get("capped").asBoolean()).isTrue();
        assertThat(j.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void jsonExportKeepsRawValues() throws IOException {
        var r = http.get("/export.json?q=websites");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode j = InsightsHttp.JSON.readTree(r.body());
        assertThat(j.get("capped").asBoolean()).isFalse();
        assertThat(j.get("exported").asInt()).isEqualTo(1);
        JsonNode row = j.get("rows").get(0);
        assertThat(row.get("title").asText()).isEqualTo(InsightsFixture.HOSTILE);
        assertThat(row.get("documentUrl").asText()).isEqualTo(http.base() + "/documents/nl-web");
        assertThat(row.get("clauseOrdinal").isNull()).isTrue();
        assertThat(http.get("/export.json?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void feedIsWellFormedAtomNewestFirstWithEscapedTitles() throws Exception {
        var r = http.get("/feed.atom?standard=dmarc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(4);
        String firstTitle = ((org.w3c.dom.Element) entries.item(0)).getElementsByTagName("title").item(0).getTextContent();
        assertThat(firstTitle).isEqualTo(InsightsFixture.HOSTILE.replace("\u0001", ""));
        String last = ((org.w3c.dom.Element) entries.item(3)).getElementsByTagName("id").item(0).getTextContent();
        assertThat(last).isEqualTo(http.base() + "/documents/fr-anssi");
        assertThat(r.body()).doesNotContain("<script>");
        assertThat(http.get("/search?q=dmarc").body())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"", "href=\"/feed.atom?q=dmarc\"",
                        "href=\"/export.csv?q=dmarc\"", "href=\"/download.zip?q=dmarc\"", "href=\"/qr?q=dmarc\"");
    }

    @Test
    void zipHoldsOriginalsMetadataAndAReadme() throws IOException {
        Map<String, String> zip = unzip(http.bytes("/download.zip?standard=dmarc").body());
        assertThat(zip).containsKeys("files/nl-mail-nl-mail.md", "files/nl-web-nl-web.md", "files/de-bsi-de-bsi.md",
                "metadata.csv", "README.txt");
        assertThat(zip.get("files/de-bsi-de-bsi.md")).isEqualTo("# de-bsi\n");
        List<CSVRecord> meta = csv(zip.get("metadata.csv"));
        assertThat(meta).hasSize(4);
        assertThat(meta.stream().filter(m -> m.get("id").equals("nl-web")).findFirst().orElseThrow().get("title"))
                .isEqualTo("'" + InsightsFixture.HOSTILE);
        assertThat(zip.get("README.txt")).contains("fr-anssi", "the original file is not available");
    }

    @Test
    void zipCapsFilesAndSaysWhatWasLeftOut() throws IOException {
        var r = capped.bytes("/download.zip");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> zip = unzip(r.body());
        assertThat(zip.keySet().stream().filter(k -> k.startsWith("files/"))).hasSize(1);
        assertThat(zip.get("README.txt")).contains("the zip holds at most 1 files", "Only the first 2 of 5");
    }

    @Test
    void qrSvgIsValidAndThePageShowsIt() throws Exception {
        var svg = http.get("/qr.svg?q=dmarc&country=NL");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(d.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("QR code for " + http.base() + "/search?q=dmarc&country=NL");
        assertThat(d.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue())
                .startsWith("M4,4h1v1h-1z");
        var page = http.get("/qr?q=%3Cscript%3E");
        assertThat(page.body()).contains("src=\"/qr.svg?q=%3Cscript%3E\"", "/search?q=%3Cscript%3E")
                .doesNotContain("<script>");
        // 440 euro signs: within the server's 4,096-char query-string limit (longer is 414), too long for a QR code
        assertThat(http.get("/qr.svg?q=" + "%E2%82%AC".repeat(440)).statusCode()).isEqualTo(400);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                .parse(new StringReader(text)).getRecords();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
