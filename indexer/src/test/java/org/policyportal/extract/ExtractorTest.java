package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.document.Clause;
import org.policyportal.ingest.Fixtures;

class ExtractorTest {

    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        Fixtures.quietLogs();
        extractor = new Extractor(TikaPolicy.defaults().withTimeout(Duration.ofSeconds(20)));
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private ExtractionException failure(Path file) {
        try {
            extractor.extract(file);
        } catch (ExtractionException e) {
            return e;
        }
        throw new AssertionError(file + " was extracted");
    }

    @Test
    void pdfKeepsLineStartsSoNumberedLinesBecomeClauses() throws Exception {
        Path pdf = Fixtures.write(dir.resolve("a.pdf"), Fixtures.pdf("5.1 Security", "(a) The supplier shall patch.",
                "(b) The supplier shall log.", "(1) Logs are kept a year."));
        Extraction e = extractor.extract(pdf);
        assertThat(e.contentType()).isEqualTo("application/pdf");
        assertThat(e.text()).contains("(a) The supplier shall patch.\n(b) The supplier shall log.");
        List<Clause> clauses = new ClauseSplitter().split(e.blocks());
        assertThat(clauses).extracting(Clause::ref).containsExactly("5.1", "5.1(a)", "5.1(b)", "5.1(b)(1)");
    }

    @Test
    void pdfOutlineLinkTargetsAndFormFieldNamesAreNotText() throws Exception {
        // The outline repeats the headings as a list after the last page, which split into clauses with refs of
        // their own ("9(j)"); a link's target became a clause of a bare URL; form fields come out as internal
        // names ("input_4_10_0: Off").
        Path pdf = Fixtures.write(dir.resolve("o.pdf"), Fixtures.pdfWithNavigation(
                List.of("Bookmarked chapter", "Bookmarked annex"), "https://example.org/scope", "input_4_10_0",
                "1. Scope", "The buyer shall log."));
        Extraction e = extractor.extract(pdf);
        assertThat(e.text()).isEqualTo("1. Scope\nThe buyer shall log.");
        assertThat(new ClauseSplitter().split(e.blocks())).extracting(Clause::ref).containsExactly("1");
    }

    @Test
    void pdfRunningHeadersPageNumbersAndContentsAreNotText() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Secure ICT Buying Guide", "Contents", "1. Scope .......... 2", "2. Logging .......... 3", "i"),
                List.of("Secure ICT Buying Guide", "1. Scope", "The guide covers networked products.", "2"),
                List.of("Secure ICT Buying Guide", "2. Logging", "(a) The supplier shall keep logs.", "3"));
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("g.pdf"), Fixtures.pdfPages(pages)));
        assertThat(e.text()).isEqualTo("Contents\n\n1. Scope\nThe guide covers networked products.\n\n"
                + "2. Logging\n(a) The supplier shall keep logs.");
        assertThat(new ClauseSplitter().split(e.blocks())).extracting(Clause::ref).containsExactly(null, "1", "2",
                "2(a)");
    }

    @Test
    void docx() throws Exception {
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("a.docx"),
                Fixtures.docx("Heading text", "The supplier shall use DMARC.")));
        assertThat(e.blocks()).containsExactly(Block.paragraph("Heading text"),
                Block.paragraph("The supplier shall use DMARC."));
    }

    @Test
    void picturesInADocumentAreNotText() throws Exception {
        // Tika parsed each picture as an embedded document and wrote its part name as a heading: "image2.jpg"
        // became a clause of its own
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("p.docx"),
                Fixtures.docxWithPicture("Department logo below.", "image2.png", "The supplier shall use DMARC.")));
        assertThat(e.blocks()).containsExactly(Block.paragraph("Department logo below."),
                Block.paragraph("The supplier shall use DMARC."));
    }

    @Test
    void textFileOpeningWithArticleIsReadAsText() throws Exception {
        // Tika's magic takes a leading "Article" for a news article; the quick detector keeps it text
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("law.txt"),
                "Article 1\n\nSuppliers shall support DNSSEC.\n"));
        assertThat(e.contentType()).isEqualTo("text/plain");
        assertThat(e.text()).isEqualTo("Article 1\n\nSuppliers shall support DNSSEC.");
    }

    @Test
    void routingFollowsContentNotName() throws Exception {
        Extraction pdf = extractor.extract(Fixtures.write(dir.resolve("pdf.docx"), Fixtures.pdf("PDF in disguise.")));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).isEqualTo("PDF in disguise.");
        Extraction html = extractor.extract(Fixtures.write(dir.resolve("page.txt"),
                "<!DOCTYPE html><html><head><title>Disguised</title></head><body><nav>menu</nav>"
                        + "<p>HTML in disguise.</p></body></html>"));
        assertThat(html.contentType()).isEqualTo("text/html");
        assertThat(html.title()).isEqualTo("Disguised");
        assertThat(html.text()).isEqualTo("HTML in disguise.");
    }

    @Test
    void singleByteTextIsDecodedAsWindows1252() throws Exception {
        String german = "Die Behörde verlangt Verschlüsselung für „alle“ Systeme – Größe 5 €.";
        Extraction cp = extractor.extract(Fixtures.write(dir.resolve("cp.txt"),
                german.getBytes(Charset.forName("windows-1252"))));
        assertThat(cp.text()).isEqualTo(german);
        String french = "Le ministère exige le chiffrement des données à caractère personnel. Élève, façade.";
        Extraction latin = extractor.extract(Fixtures.write(dir.resolve("latin.txt"),
                french.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin.text()).isEqualTo(french);
        Extraction md = extractor.extract(Fixtures.write(dir.resolve("x.md"),
                ("# Über\n\n" + german).getBytes(Charset.forName("windows-1252"))));
        assertThat(md.blocks()).containsExactly(Block.heading(1, "Über"), Block.paragraph(german));
        Extraction utf16 = extractor.extract(Fixtures.write(dir.resolve("u16.txt"),
                ("\uFEFF" + german).getBytes(StandardCharsets.UTF_16LE)));
        assertThat(utf16.text()).isEqualTo(german);
    }

    @Test
    void validUtf8IsReadAsUtf8WhateverTheHtmlDeclares() throws Exception {
        String text = "Sécurité des données – 5 €.";
        Extraction html = extractor.extract(Fixtures.write(dir.resolve("declared.html"),
                ("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>" + text
                        + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        assertThat(html.text()).isEqualTo(text);
        Extraction bom = extractor.extract(Fixtures.write(dir.resolve("bom.txt"),
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
        assertThat(bom.text()).isEqualTo(text);
    }

    @Test
    void plainTextParagraphsAndLinesAreKept() throws Exception {
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("p.txt"),
                "Intro line.\r\n\r\n1. First rule.\r\n2. Second rule.\r\n"));
        assertThat(e.blocks()).containsExactly(Block.paragraph("Intro line."),
                Block.paragraph("1. First rule.\n2. Second rule."));
    }

    @Test
    void hostileFilesFailWithClearReasons() throws Exception {
        assertThat(failure(Fixtures.write(dir.resolve("t.pdf"), Fixtures.truncatedPdf("Half a file."))).reason())
                .startsWith("cannot parse: damaged").doesNotContain("@");
        assertThat(failure(Fixtures.write(dir.resolve("c.pdf"), Fixtures.corruptPdf())).reason())
                .startsWith("cannot parse: damaged");
        assertThat(failure(Fixtures.write(dir.resolve("j.pdf"), Fixtures.random(5000, 1))).reason())
                .startsWith("cannot parse: damaged");
        ExtractionException junk = failure(Fixtures.write(dir.resolve("j.txt"), Fixtures.random(5000, 2)));
        assertThat(junk.reason()).startsWith("binary content, not text");
        assertThat(junk.outcome()).isEqualTo(ExtractionException.Outcome.FAILED);
        assertThat(failure(Fixtures.write(dir.resolve("e.pdf"), Fixtures.encryptedPdf("Secret."))).reason())
                .isEqualTo("encrypted or password-protected");
        assertThat(failure(Fixtures.write(dir.resolve("e.docx"), Fixtures.encryptedDocx("Secret."))).reason())
                .isEqualTo("encrypted or password-protected");
        ExtractionException empty = failure(Fixtures.write(dir.resolve("empty.txt"), new byte[0]));
        assertThat(empty.outcome()).isEqualTo(ExtractionException.Outcome.SKIPPED);
        assertThat(empty.reason()).isEqualTo("empty file");
    }

    @Test
    void zipBombIsRefusedUnread() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        Fixtures.zipBomb(bomb, 200);
        long start = System.nanoTime();
        assertThat(failure(bomb).reason()).startsWith("refused: suspected zip bomb (200 MB");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    }

    @Test
    void deeplyNestedArchivesAreRefusedShallowOnesRead() throws Exception {
        assertThat(failure(Fixtures.write(dir.resolve("deep.zip"), Fixtures.nestedZip(10, "Deep text."))).reason())
                .startsWith("refused: archives nested too deeply");
        Extraction shallow = extractor.extract(Fixtures.write(dir.resolve("shallow.zip"),
                Fixtures.nestedZip(3, "Shallow inner text.")));
        assertThat(shallow.text()).contains("Shallow inner text.");
    }

    @Test
    void textCapTruncatesAndMarks() throws Exception {
        try (Extractor small = new Extractor(TikaPolicy.defaults().withMaxChars(1000))) {
            Extraction txt = small.extract(Fixtures.write(dir.resolve("big.txt"), "Keep logs for a year. ".repeat(5000)));
            assertThat(txt.truncated()).isTrue();
            assertThat(txt.chars()).isLessThanOrEqualTo(1000);
            Extraction md = small.extract(Fixtures.write(dir.resolve("big.md"), "Keep logs.\n\n".repeat(500)));
            assertThat(md.truncated()).isTrue();
            assertThat(md.chars()).isLessThanOrEqualTo(1000);
            Extraction docx = small.extract(Fixtures.write(dir.resolve("big.docx"),
                    Fixtures.docx("Keep logs for a year. ".repeat(100), "Second paragraph. ".repeat(100))));
            assertThat(docx.truncated()).isTrue();
            assertThat(docx.chars()).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void oversizedFileIsRefusedUnread() throws Exception {
        try (Extractor small = new Extractor(TikaPolicy.defaults().withMaxFileBytes(1 << 20))) {
            ExtractionException e = assertThrowsExtraction(small, Fixtures.write(dir.resolve("huge.txt"),
                    new byte[(1 << 20) + 1]));
            assertThat(e.reason()).isEqualTo("file too large (1 MB, limit 1 MB)");
        }
    }

    @Test
    void hangingParserTimesOutAndItsThreadIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (Extractor hanging = TestExtractors.hangingOn(TikaPolicy.defaults().withTimeout(Duration.ofMillis(200)),
                "hang", interrupted)) {
            Path slow = Fixtures.write(dir.resolve("hang.txt"), "never read");
            ExtractionException e = assertThrowsExtraction(hanging, slow);
            assertThat(e.reason()).isEqualTo("extraction timed out after 200 ms");
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("worker interrupted").isTrue();
            // The extractor goes on with the next file.
            assertThat(hanging.extract(Fixtures.write(dir.resolve("ok.txt"), "Fine text.")).text())
                    .isEqualTo("Fine text.");
        }
    }

    private static ExtractionException assertThrowsExtraction(Extractor x, Path file) {
        try {
            x.extract(file);
        } catch (ExtractionException e) {
            return e;
        }
        throw new AssertionError("no failure for " + file);
    }

    @Test
    void missingFileFails() {
        assertThatThrownBy(() -> extractor.extract(dir.resolve("nope.pdf"))).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("cannot read file");
    }
}
