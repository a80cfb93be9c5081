package org.policyportal.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file the scan will try to index.
 *
 * @param file     absolute path, verified to lie inside the corpus
 * @param key      path relative to the corpus root, forward slashes; the document's identity
 * @param given    metadata from manifest and sidecar, sidecar winning, keys lower-cased
 * @param source   manifest, sidecar, manifest+sidecar or inferred
 * @param warnings problems found while gathering its metadata
 */
public record Candidate(Path file, String key, Map<String, String> given, String source, List<String> warnings) {

    public Candidate {
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given)); // column order
        warnings = List.copyOf(warnings);
    }
}
