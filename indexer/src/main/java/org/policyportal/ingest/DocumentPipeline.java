package org.policyportal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.policyportal.clauses.ClauseSplitter;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;
import org.policyportal.extract.Extraction;
import org.policyportal.extract.ExtractionException;
import org.policyportal.extract.TextExtractor;
import org.policyportal.metadata.MetadataResolver;

/**
 * Turns one {@link Candidate} into a {@link PolicyDocument}: extract, resolve metadata, split into clauses,
 * detect standards, answer the research questions.
 *
 * <p>Thread-safe: its collaborators are.
 */
public final class DocumentPipeline {

    private final TextExtractor extractor;
    private final MetadataResolver resolver;
    private final ClauseSplitter splitter;
    private final Enricher enricher;

    public DocumentPipeline(TextExtractor extractor, MetadataResolver resolver, ClauseSplitter splitter,
                            Enricher enricher) {
        this.extractor = extractor;
        this.resolver = resolver;
        this.splitter = splitter;
        this.enricher = enricher;
    }

    /** The result of processing: the document and warnings, or an exception for the report. */
    public record Outcome(PolicyDocument document, List<String> warnings) {
    }

    /** Passes on that about {@code files} files are about to be processed (see {@link TextExtractor#expect}). */
    public void expect(int files) {
        extractor.expect(files);
    }

    public Outcome process(Candidate c, String sha256) throws ExtractionException {
        Extraction extraction = extractor.extract(c.file());
        List<Clause> clauses = splitter.split(extraction.blocks());
        if (clauses.isEmpty()) {
            throw ExtractionException.failed("no text could be extracted (" + extraction.contentType()
                    + "; scanned image, binary or empty markup?)", null);
        }
        MetadataResolver.Resolution r = resolver.resolve(c.key(), c.given(), extraction);
        List<Clause> enriched = enricher.enrich(clauses);
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.addAll(r.warnings());
        if (extraction.truncated()) {
            warnings.add("text truncated at the extraction cap");
        }
        long size;
        try {
            size = Files.size(c.file());
        } catch (IOException e) {
            throw ExtractionException.failed("cannot read file size: " + e.getMessage(), e);
        }
        PolicyDocument doc = new PolicyDocument(documentId(c.key()), c.key(), format(c.key()),
                extraction.contentType(), sha256, size, extraction.chars(), extraction.truncated(), Instant.now(),
                r.metadata(), enriched, enricher.answer(enriched));
        return new Outcome(doc, warnings);
    }

    /** Stable, URL-safe id from the corpus-relative path: the first 16 hex digits of its SHA-256. */
    public static String documentId(String key) {
        return sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(java.nio.file.Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String format(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "none" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
