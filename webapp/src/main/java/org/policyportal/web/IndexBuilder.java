package org.policyportal.web;

import java.nio.file.Path;

/**
 * Builds the first index generation from a corpus when none is published yet. A seam so the web module does
 * not depend on the ingest command's class at compile time (it lives on another branch until merge).
 */
@FunctionalInterface
public interface IndexBuilder {

    /** @return the process exit code of the build; 0 on success */
    int build(Path corpus, Path index);
}
