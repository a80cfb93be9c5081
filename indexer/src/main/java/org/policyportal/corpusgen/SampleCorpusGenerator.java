package org.policyportal.corpusgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Generates the binary and HTML members of the bundled sample corpus from Markdown sources.
 *
 * <p>Every file {@code corpus/src/<CC>/<slug>.<ext>.md} becomes {@code corpus/<CC>/<slug>.<ext>}, where
 * {@code ext} is one of {@code html, pdf, docx, odt, rtf}. A source starts with a front-matter block
 * ({@code title:}, optional {@code site:} for the HTML page chrome, {@code lang:}); the body uses a small
 * Markdown subset: {@code #} headings, paragraphs, {@code -} bullets, numbered/lettered clause lines, and pipe
 * tables. Output is deterministic apart from PDF/ODF timestamps, which are fixed.
 *
 * <p>Run from the repository root: {@code mvn -q -pl indexer compile exec:java
 * -Dexec.mainClass=org.policyportal.corpusgen.SampleCorpusGenerator} or with the module classpath:
 * {@code java -cp indexer/target/classes:$(cat cp.txt) org.policyportal.corpusgen.SampleCorpusGenerator [corpusDir]}.
 */
public final class SampleCorpusGenerator {

    /** One parsed Markdown block. */
    record Block(Kind kind, int level, String text, List<List<String>> rows) {
        enum Kind { HEADING, PARAGRAPH, BULLET, TABLE }

        static Block of(Kind kind, int level, String text) {
            return new Block(kind, level, text, List.of());
        }

        static Block table(List<List<String>> rows) {
            return new Block(Kind.TABLE, 0, "", rows);
        }
    }

    /** Parsed source: front matter and blocks. */
    record Source(Map<String, String> meta, List<Block> blocks) {
        String title() {
            return meta.getOrDefault("title", "Untitled");
        }

        String lang() {
            return meta.getOrDefault("lang", "en");
        }
    }

    private SampleCorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path src = corpus.resolve("src");
        List<Path> sources;
        try (Stream<Path> s = Files.walk(src)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : sources) {
            String name = p.getFileName().toString();
            String stem = name.substring(0, name.length() - 3);
            String ext = stem.substring(stem.lastIndexOf('.') + 1);
            Path target = corpus.resolve(src.relativize(p.getParent())).resolve(stem);
            Files.createDirectories(target.getParent());
            Source source = parse(Files.readString(p, StandardCharsets.UTF_8));
            byte[] bytes = switch (ext) {
                case "html" -> html(source).getBytes(StandardCharsets.UTF_8);
                case "pdf" -> pdf(source);
                case "docx" -> docx(source);
                case "odt" -> odt(source);
                case "rtf" -> rtf(source).getBytes(StandardCharsets.US_ASCII);
                default -> throw new IllegalArgumentException("unsupported target format '" + ext + "' for " + p);
            };
            Files.write(target, bytes);
            System.out.printf("%-60s %7d bytes%n", corpus.relativize(target), bytes.length);
        }
    }

    // ---------------------------------------------------------------- parsing

    static Source parse(String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            int end = lines.subList(1, lines.size()).indexOf("---") + 1;
            for (String l : lines.subList(1, end)) {
                int c = l.indexOf(':');
                if (c > 0) {
                    meta.put(l.substring(0, c).trim(), l.substring(c + 1).trim());
                }
            }
            lines = new ArrayList<>(lines.subList(end + 1, lines.size()));
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        List<List<String>> table = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            boolean isTable = line.startsWith("|");
            if (!isTable && !table.isEmpty()) {
                blocks.add(Block.table(List.copyOf(table)));
                table.clear();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || isTable || isClause(line)) {
                if (para.length() > 0) {
                    blocks.add(Block.of(Block.Kind.PARAGRAPH, 0, para.toString()));
                    para.setLength(0);
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int level = (int) line.chars().takeWhile(ch -> ch == '#').count();
                blocks.add(Block.of(Block.Kind.HEADING, level, line.substring(level).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(Block.of(Block.Kind.BULLET, 0, line.substring(2).strip()));
            } else if (isTable) {
                if (!line.matches("\\|[\\s|:-]+\\|")) {
                    List<String> cells = new ArrayList<>();
                    for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
                        cells.add(c.strip());
                    }
                    table.add(cells);
                }
            } else if (isClause(line)) {
                blocks.add(Block.of(Block.Kind.PARAGRAPH, 1, line));
            } else {
                para.append(para.length() > 0 ? " " : "").append(line);
            }
        }
        if (!table.isEmpty()) {
            blocks.add(Block.table(List.copyOf(table)));
        }
        if (para.length() > 0) {
            blocks.add(Block.of(Block.Kind.PARAGRAPH, 0, para.toString()));
        }
        return new Source(meta, blocks);
    }

    /** Clause-numbered lines such as {@code 1.}, {@code 3.2}, {@code (a)}, {@code (b)(1)(i)} start their own paragraph. */
    private static boolean isClause(String line) {
        return line.matches("^(\\d+(\\.\\d+)*\\.?|(\\([a-z0-9]{1,4}\\))+|[A-Z]{2,5}\\.\\d+(\\.\\d+)*)\\s.*");
    }

    /** Inline Markdown to plain text. */
    static String plain(String s) {
        return s.replace("**", "").replace("`", "").replaceAll("(?<![\\w*])\\*(?!\\s)([^*]+?)\\*(?!\\w)", "$1");
    }

    // ---------------------------------------------------------------- HTML

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String inlineHtml(String s) {
        String e = esc(s);
        e = e.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        e = e.replaceAll("`(.+?)`", "<code>$1</code>");
        e = e.replaceAll("(?<![\\w*])\\*(?!\\s)([^*]+?)\\*(?!\\w)", "<em>$1</em>");
        e = e.replaceAll("(https://[^\\s<)]+[^\\s<).,;])", "<a href=\"$1\">$1</a>");
        return e;
    }

    static String html(Source src) {
        String site = src.meta().getOrDefault("site", "Policy library");
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(src.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(src.title())).append(" | ").append(esc(site)).append("</title>\n")
                .append("<style>\n  body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b}\n")
                .append("  header,footer{background:#0b3d6e;color:#fff;padding:1em 2em}\n  nav a{color:#fff;margin-right:1.5em}\n")
                .append("  main{max-width:52em;margin:2em auto;padding:0 1em}\n  table{border-collapse:collapse}\n")
                .append("  td,th{border:1px solid #999;padding:.3em .6em}\n  .cookie-banner{position:fixed;bottom:0}\n</style>\n")
                .append("<script>\n  window.dataLayer = window.dataLayer || [];\n")
                .append("  function acceptCookies(){ document.cookie = 'consent=yes; path=/'; ")
                .append("document.getElementById('cookie-banner').hidden = true; }\n</script>\n</head>\n<body>\n")
                .append("<div id=\"cookie-banner\" class=\"cookie-banner\">This site uses functional cookies only. ")
                .append("<button onclick=\"acceptCookies()\">OK</button></div>\n")
                .append("<header>\n  <div class=\"brand\">").append(esc(site)).append("</div>\n")
                .append("  <nav aria-label=\"Main\"><a href=\"/\">Home</a><a href=\"/topics\">Topics</a>")
                .append("<a href=\"/publications\">Publications</a><a href=\"/news\">News</a><a href=\"/contact\">Contact</a></nav>\n")
                .append("</header>\n<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">Home</a> &gt; ")
                .append("<a href=\"/publications\">Publications</a></nav>\n<main>\n<article>\n");
        boolean inList = false;
        for (Block blk : src.blocks()) {
            if (blk.kind() != Block.Kind.BULLET && inList) {
                b.append("</ul>\n");
                inList = false;
            }
            switch (blk.kind()) {
                case HEADING -> b.append("<h").append(blk.level()).append(">").append(inlineHtml(blk.text()))
                        .append("</h").append(blk.level()).append(">\n");
                case PARAGRAPH -> b.append(blk.level() == 1 ? "<p class=\"clause\">" : "<p>")
                        .append(inlineHtml(blk.text())).append("</p>\n");
                case BULLET -> {
                    if (!inList) {
                        b.append("<ul>\n");
                        inList = true;
                    }
                    b.append("  <li>").append(inlineHtml(blk.text())).append("</li>\n");
                }
                case TABLE -> {
                    b.append("<table>\n");
                    for (int r = 0; r < blk.rows().size(); r++) {
                        String cell = r == 0 ? "th" : "td";
                        b.append("  <tr>");
                        for (String c : blk.rows().get(r)) {
                            b.append("<").append(cell).append(">").append(inlineHtml(c)).append("</").append(cell).append(">");
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</table>\n");
                }
            }
        }
        if (inList) {
            b.append("</ul>\n");
        }
        b.append("</article>\n</main>\n<footer>\n  <p>").append(esc(site))
                .append(" &middot; <a href=\"/privacy\">Privacy</a> &middot; <a href=\"/accessibility\">Accessibility</a>")
                .append(" &middot; <a href=\"/sitemap\">Sitemap</a></p>\n</footer>\n")
                .append("<script src=\"/assets/js/analytics.js\" defer></script>\n</body>\n</html>\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- PDF

    static byte[] pdf(Source src) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PdfWriter w = new PdfWriter(doc, regular, bold);
            for (Block blk : src.blocks()) {
                switch (blk.kind()) {
                    case HEADING -> w.write(plain(blk.text()), bold, blk.level() == 1 ? 15 : blk.level() == 2 ? 12.5f : 11, 0, 8);
                    case PARAGRAPH -> w.write(plain(blk.text()), regular, 10, blk.level() == 1 ? 12 : 0, 5);
                    case BULLET -> w.write("- " + plain(blk.text()), regular, 10, 12, 3);
                    case TABLE -> {
                        for (List<String> row : blk.rows()) {
                            w.write(plain(String.join("  |  ", row)), row == blk.rows().get(0) ? bold : regular, 9, 6, 2);
                        }
                        w.gap(6);
                    }
                }
            }
            w.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(src.title());
            info.setCreator("policy-portal SampleCorpusGenerator");
            java.util.Calendar fixed = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2025, java.util.Calendar.JANUARY, 1);
            info.setCreationDate(fixed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Minimal flowing-text writer for PDFBox: word wrap, page breaks, WinAnsi-safe text. */
    private static final class PdfWriter {
        private static final float MARGIN = 56;
        private final PDDocument doc;
        private final PDType1Font regular;
        private PDPageContentStream cs;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        PdfWriter(PDDocument doc, PDType1Font regular, PDType1Font bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float g) {
            y -= g;
        }

        void write(String text, PDType1Font font, float size, float indent, float after) throws IOException {
            String safe = winAnsi(text, font);
            float leading = size * 1.35f;
            List<String> lines = wrap(safe, font, size, width - indent);
            for (String line : lines) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(MARGIN + indent, y);
                cs.showText(line);
                cs.endText();
            }
            y -= after;
        }

        private static List<String> wrap(String text, PDType1Font font, float size, float max) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > max && line.length() > 0) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            return out;
        }

        private static String winAnsi(String s, PDType1Font font) {
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                String mapped = switch (cp) {
                    case 0x2264 -> "<=";
                    case 0x2265 -> ">=";
                    case 0x2192 -> "->";
                    default -> ch;
                };
                for (char c : mapped.toCharArray()) {
                    b.append(font.getEncoding().contains(String.valueOf(c)) || hasGlyph(font, c) ? c : '?');
                }
            });
            return b.toString();
        }

        private static boolean hasGlyph(PDType1Font font, char c) {
            try {
                font.encode(String.valueOf(c));
                return true;
            } catch (IOException | IllegalArgumentException unencodable) {
                return false;
            }
        }

        void close() throws IOException {
            cs.close();
        }
    }

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(Source src) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 3; level++) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId("Heading" + level);
                ct.setType(STStyleType.PARAGRAPH);
                ct.addNewName().setVal("heading " + level);
                ct.addNewBasedOn().setVal("Normal");
                ct.addNewQFormat();
                ct.addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.valueOf(level - 1));
                ct.addNewRPr().addNewB();
                styles.addStyle(new XWPFStyle(ct, styles));
            }
            doc.getProperties().getCoreProperties().setTitle(src.title());
            doc.getProperties().getCoreProperties().setCreator("policy-portal SampleCorpusGenerator");
            for (Block blk : src.blocks()) {
                switch (blk.kind()) {
                    case HEADING -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Heading" + Math.min(blk.level(), 3));
                        XWPFRun r = p.createRun();
                        r.setText(plain(blk.text()));
                        r.setBold(true);
                        r.setFontSize(blk.level() == 1 ? 16 : blk.level() == 2 ? 13 : 11);
                    }
                    case PARAGRAPH -> {
                        XWPFParagraph p = doc.createParagraph();
                        if (blk.level() == 1) {
                            p.setIndentationLeft(360);
                        }
                        p.createRun().setText(plain(blk.text()));
                    }
                    case BULLET -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("ListBullet");
                        p.setIndentationLeft(360);
                        p.createRun().setText("\u2022 " + plain(blk.text()));
                    }
                    case TABLE -> {
                        List<List<String>> rows = blk.rows();
                        int cols = rows.get(0).size();
                        XWPFTable t = doc.createTable(rows.size(), cols);
                        for (int r = 0; r < rows.size(); r++) {
                            for (int c = 0; c < cols && c < rows.get(r).size(); c++) {
                                t.getRow(r).getCell(c).setText(plain(rows.get(r).get(c)));
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- ODT

    static byte[] odt(Source src) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Block blk : src.blocks()) {
            switch (blk.kind()) {
                case HEADING -> body.append("<text:h text:style-name=\"Heading_20_").append(blk.level())
                        .append("\" text:outline-level=\"").append(blk.level()).append("\">")
                        .append(esc(plain(blk.text()))).append("</text:h>\n");
                case PARAGRAPH -> body.append("<text:p text:style-name=\"").append(blk.level() == 1 ? "Clause" : "Text_20_body")
                        .append("\">").append(esc(plain(blk.text()))).append("</text:p>\n");
                case BULLET -> body.append("<text:list><text:list-item><text:p text:style-name=\"Text_20_body\">")
                        .append(esc(plain(blk.text()))).append("</text:p></text:list-item></text:list>\n");
                case TABLE -> {
                    int cols = blk.rows().get(0).size();
                    body.append("<table:table table:name=\"T").append(body.length()).append("\">")
                            .append("<table:table-column table:number-columns-repeated=\"").append(cols).append("\"/>\n");
                    for (List<String> row : blk.rows()) {
                        body.append("<table:table-row>");
                        for (int c = 0; c < cols; c++) {
                            body.append("<table:table-cell office:value-type=\"string\"><text:p>")
                                    .append(esc(plain(c < row.size() ? row.get(c) : ""))).append("</text:p></table:table-cell>");
                        }
                        body.append("</table:table-row>\n");
                    }
                    body.append("</table:table>\n");
                }
            }
        }
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + ns
                + " office:version=\"1.2\">\n<office:body>\n<office:text>\n" + body
                + "</office:text>\n</office:body>\n</office:document-content>\n";
        StringBuilder headingStyles = new StringBuilder();
        for (int l = 1; l <= 4; l++) {
            headingStyles.append("<style:style style:name=\"Heading_20_").append(l).append("\" style:display-name=\"Heading ")
                    .append(l).append("\" style:family=\"paragraph\" style:default-outline-level=\"").append(l)
                    .append("\"><style:text-properties fo:font-weight=\"bold\" fo:font-size=\"")
                    .append(18 - 2 * l).append("pt\"/></style:style>\n");
        }
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " + ns
                + " office:version=\"1.2\">\n<office:styles>\n"
                + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\"/>\n"
                + "<style:style style:name=\"Clause\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"0.6cm\"/></style:style>\n"
                + headingStyles + "</office:styles>\n</office:document-styles>\n";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta " + ns
                + " office:version=\"1.2\"><office:meta><dc:title>" + esc(src.title()) + "</dc:title><dc:language>"
                + esc(src.lang()) + "</dc:language><meta:generator>policy-portal SampleCorpusGenerator</meta:generator>"
                + "</office:meta></office:document-meta>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            m.setTime(0);
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "content.xml", content);
            put(zip, "styles.xml", styles);
            put(zip, "meta.xml", meta);
            put(zip, "META-INF/manifest.xml", manifest);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---------------------------------------------------------------- RTF

    static String rtf(Source src) {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n")
                .append("{\\info{\\title ").append(rtfEsc(src.title())).append("}}\n\\f0\\fs20\n");
        for (Block blk : src.blocks()) {
            switch (blk.kind()) {
                case HEADING -> b.append("{\\pard\\sb200\\sa100\\b\\fs").append(blk.level() == 1 ? 32 : 26).append(' ')
                        .append(rtfEsc(plain(blk.text()))).append("\\par}\n");
                case PARAGRAPH -> b.append("{\\pard\\sa120").append(blk.level() == 1 ? "\\li360 " : " ")
                        .append(rtfEsc(plain(blk.text()))).append("\\par}\n");
                case BULLET -> b.append("{\\pard\\li360\\sa60 \\bullet  ").append(rtfEsc(plain(blk.text()))).append("\\par}\n");
                case TABLE -> {
                    for (List<String> row : blk.rows()) {
                        b.append("{\\pard\\li200 ").append(rtfEsc(plain(String.join(" | ", row)))).append("\\par}\n");
                    }
                }
            }
        }
        return b.append("}\n").toString();
    }

    private static String rtfEsc(String s) {
        StringBuilder b = new StringBuilder();
        Charset cp1252 = Charset.forName("windows-1252");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c < 128) {
                b.append(c);
            } else if (cp1252.newEncoder().canEncode(c)) {
                b.append(String.format("\\'%02x", String.valueOf(c).getBytes(cp1252)[0] & 0xff));
            } else {
                b.append("\\u").append((int) (short) c).append('?');
            }
        }
        return b.toString();
    }

}
