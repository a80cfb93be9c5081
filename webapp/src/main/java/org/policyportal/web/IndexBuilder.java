package org.policyportal.web;

import java.nio.file.Path;

/**
 * Builds the first index generation from a corpus when none is published yet. A seam so tests can start the
 * server without running a real ingest.
 */
@FunctionalInterface
public interface IndexBuilder {

    /** @return the process exit code of the build; 0 on success */
    int build(Path corpus, Path index);
}
