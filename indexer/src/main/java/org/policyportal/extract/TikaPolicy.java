package org.policyportal.extract;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * The one place that sets how Tika may treat a file: text cap, file size cap, per-file time limit,
 * archive depth and compression-ratio limits (zip bombs), embedded documents (extracted, recursively, except
 * pictures), OCR (off: it needs a native binary, is slow, and scanned pages are reported as "no text" instead) and
 * which parts of a PDF count as text (its pages, not its outline, link targets or form-field names).
 *
 * @param maxChars         characters of text kept per file; the rest is dropped and the file marked truncated
 * @param maxFileBytes     files larger than this are refused unread
 * @param timeout          wall-clock limit for extracting one file
 * @param maxPackageDepth  nesting depth of archives and embedded documents
 * @param maxCompressionRatio output/input ratio that marks a zip bomb
 */
public record TikaPolicy(int maxChars, long maxFileBytes, Duration timeout, int maxPackageDepth,
                         long maxCompressionRatio) {

    /** Subtypes and file-name suffixes of raster images, which hold no text without OCR. */
    private static final Set<String> PICTURE_SUFFIXES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
            "webp", "jfif", "x-png", "pjpeg", "x-ms-bmp");

    /** Defaults sized for policy documents: 5 M chars (a long regulation is ~2 M), 200 MB files, 60 s. */
    public static TikaPolicy defaults() {
        return new TikaPolicy(5_000_000, 200L * 1024 * 1024, Duration.ofSeconds(60), 5, 200);
    }

    public TikaPolicy withTimeout(Duration t) {
        return new TikaPolicy(maxChars, maxFileBytes, t, maxPackageDepth, maxCompressionRatio);
    }

    public TikaPolicy withMaxChars(int chars) {
        return new TikaPolicy(chars, maxFileBytes, timeout, maxPackageDepth, maxCompressionRatio);
    }

    public TikaPolicy withMaxFileBytes(long bytes) {
        return new TikaPolicy(maxChars, bytes, timeout, maxPackageDepth, maxCompressionRatio);
    }

    /**
     * A parser configured by this policy; it does not detect again a type passed as
     * {@link KnownTypeDetector#KNOWN_TYPE}. AutoDetectParser is thread-safe; one instance serves all threads.
     */
    public AutoDetectParser parser() {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        parser.setDetector(new KnownTypeDetector(parser.getDetector()));
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumDepth(maxPackageDepth * 20);
        config.setMaximumPackageEntryDepth(maxPackageDepth);
        config.setMaximumCompressionRatio(maxCompressionRatio);
        config.setOutputThreshold(1_000_000L);
        parser.setAutoDetectParserConfig(config);
        return parser;
    }

    /** A fresh per-parse context: embedded documents go through the same parser, OCR is off. */
    public ParseContext context(Parser parser) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setSortByPosition(false);
        // A PDF's outline is its headings again, as a list after the last page: split into clauses it gave each
        // heading a second, empty clause with a list ref of its own ("9(j)"), which clause search then returned.
        // Link annotations come out as their targets after each page ("https://cyber.dhs.gov/", twice), clauses
        // of a bare URL. Form fields come out as internal names ("input_499607113_10_0_0: Off"); their labels
        // are page text.
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractAcroFormContent(false);
        context.set(PDFParserConfig.class, pdf);
        // Without OCR a picture holds no text, yet each one in an office document was parsed as an embedded
        // document whose part name Tika writes as a heading: "image2.jpg" became a clause. Drawings (EMF, WMF,
        // SVG) can hold text and are still read.
        context.set(DocumentSelector.class, metadata -> !isPicture(metadata));
        return context;
    }

    /** A raster image, by its declared type or, when the container declares none, its name. */
    static boolean isPicture(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("image/")) {
            return PICTURE_SUFFIXES.contains(type.substring("image/".length()).toLowerCase(Locale.ROOT));
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return type == null && dot >= 0 && PICTURE_SUFFIXES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
