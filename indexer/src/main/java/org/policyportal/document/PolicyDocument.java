package org.policyportal.document;

import java.time.Instant;
import java.util.List;
import org.policyportal.standards.ResearchAnswers;

/**
 * One indexed policy document with its clauses; what the indexer writes and the web app reads back.
 *
 * @param id          stable id derived from {@code path}
 * @param path        path relative to the corpus root, with forward slashes
 * @param format      short format name (pdf, docx, html, md ...)
 * @param contentType detected media type
 * @param sha256      hex digest of the file's bytes; drives incremental indexing
 * @param sizeBytes   file size
 * @param chars       characters of text extracted
 * @param truncated   extraction hit the text cap
 * @param indexedAt   when this version was indexed
 * @param metadata    descriptive metadata
 * @param clauses     the clauses in document order
 * @param answers     the research-question answers
 */
public record PolicyDocument(String id, String path, String format, String contentType, String sha256,
                             long sizeBytes, long chars, boolean truncated, Instant indexedAt,
                             DocumentMetadata metadata, List<Clause> clauses, ResearchAnswers answers) {

    public PolicyDocument {
        clauses = List.copyOf(clauses);
    }

    /** This document with {@code newClauses} in place of its clauses (a window of them, or those read later). */
    public PolicyDocument withClauses(List<Clause> newClauses) {
        return new PolicyDocument(id, path, format, contentType, sha256, sizeBytes, chars, truncated, indexedAt,
                metadata, newClauses, answers);
    }

    /** Distinct standard ids mentioned anywhere in the document, in first-seen order. */
    public List<String> standards() {
        return clauses.stream().flatMap(c -> c.mentions().stream()).map(m -> m.standardId()).distinct().toList();
    }
}
