package org.policyportal.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates hostile and benign input files for the ingest tests, so no binary fixture is committed.
 * Everything is small: the zip bomb is a few hundred KB on disk.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** PDFBox and Tika log every glyph at DEBUG without a logback config: keep test output (and time) down. */
    public static void quietLogs() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** A one-page PDF with one text line per given line. */
    public static byte[] pdf(String... lines) throws IOException {
        return pdf(null, lines);
    }

    /** A PDF with a page per list, one text line per string. */
    public static byte[] pdfPages(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                page(doc, lines.toArray(String[]::new));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF as {@link #pdf(String...)}, with what authoring tools add around the text: a bookmark outline
     * of {@code bookmarks} (each pointing at the page), a link to {@code linkUri} over the first line, and one
     * empty text form field named {@code fieldName}.
     */
    public static byte[] pdfWithNavigation(List<String> bookmarks, String linkUri, String fieldName,
                                           String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = page(doc, lines);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (String title : bookmarks) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(title);
                item.setDestination(page);
                outline.addLast(item);
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 715, 200, 14));
            PDActionURI action = new PDActionURI();
            action.setURI(linkUri);
            link.setAction(action);
            page.getAnnotations().add(link);
            PDAcroForm form = new PDAcroForm(doc);
            PDTextField field = new PDTextField(form);
            field.setPartialName(fieldName);
            field.getWidgets().getFirst().setRectangle(new PDRectangle(50, 500, 200, 20));
            field.getWidgets().getFirst().setPage(page);
            page.getAnnotations().add(field.getWidgets().getFirst());
            form.getFields().add(field);
            doc.getDocumentCatalog().setAcroForm(form);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(StandardProtectionPolicy protection, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc, lines);
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDPage page(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            cs.setLeading(14);
            cs.newLineAtOffset(50, 720);
            for (String line : lines) {
                cs.showText(line);
                cs.newLine();
            }
            cs.endText();
        }
        return page;
    }

    /** A PDF that needs the user password "secret" to open. */
    public static byte[] encryptedPdf(String... lines) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return pdf(policy, lines);
    }

    /** The first half of a valid PDF. */
    public static byte[] truncatedPdf(String... lines) throws IOException {
        byte[] full = pdf(lines);
        return Arrays.copyOf(full, full.length / 2);
    }

    /** A PDF header followed by junk. */
    public static byte[] corruptPdf() {
        byte[] junk = random(4096, 7);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(header, header.length + junk.length);
        System.arraycopy(junk, 0, out, header.length, junk.length);
        return out;
    }

    /** A DOCX with one paragraph per argument. */
    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A DOCX with a paragraph, an inline picture (a 2x2 PNG named {@code pictureName}) and another paragraph: Word
     * keeps the picture as a part of its own, which Tika hands to its embedded-document extractor.
     */
    public static byte[] docxWithPicture(String before, String pictureName, String after) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(before);
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, pictureName,
                    org.apache.poi.util.Units.toEMU(2), org.apache.poi.util.Units.toEMU(2));
            doc.createParagraph().createRun().setText(after);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX encrypted with password "secret" (agile encryption inside an OLE2 container, as Word does it). */
    public static byte[] encryptedDocx(String... paragraphs) throws Exception {
        byte[] plain = docx(paragraphs);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * A zip whose single text entry inflates to {@code megabytes} MB of repeated words; written streaming at
     * maximum compression, so the file itself stays around 1/1000 of that.
     */
    public static void zipBomb(Path target, int megabytes) throws IOException {
        byte[] chunk = "policy text repeated ".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
        long total = (long) megabytes << 20;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            for (long written = 0; written < total; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
    }

    /** A zip nested {@code depth} levels deep (zip in zip ...), the innermost holding a text file. */
    public static byte[] nestedZip(int depth, String innermostText) throws IOException {
        byte[] content = innermostText.getBytes(StandardCharsets.UTF_8);
        String name = "inner.txt";
        for (int level = depth; level >= 1; level--) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
            content = out.toByteArray();
            name = "level" + level + ".zip";
        }
        return content;
    }

    /** Deterministic random bytes. */
    public static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }

    public static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
