package org.policyportal.extract;

import java.nio.file.Path;

/**
 * Extracts structured text from one file. Implementations are thread-safe: all indexing threads share one.
 * {@link Extractor} runs in this JVM; {@link IsolatedExtractor} runs each file in a bounded child JVM.
 */
public interface TextExtractor extends AutoCloseable {

    /** The file's text as blocks; throws with a report-ready reason when it cannot be extracted. */
    Extraction extract(Path file) throws ExtractionException;

    /**
     * Says that about {@code files} files are about to be extracted. An extractor may tune itself by it (see
     * {@link IsolatedExtractor#expect}); it never changes what is extracted, and ignoring it is always correct.
     */
    default void expect(int files) {
    }

    @Override
    void close();
}
