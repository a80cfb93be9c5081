package org.policyportal.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Descriptive metadata of one policy document, as resolved from manifest, sidecar and inference.
 *
 * @param title       display title (never blank once resolved)
 * @param country     ISO 3166-1 alpha-2 code, {@code EU}, {@code INT} or {@link #UNKNOWN}
 * @param issuingBody issuing organisation, or {@link #UNKNOWN}
 * @param year        publication or version year, or null when unknown
 * @param language    ISO 639-1 code, or {@link #UNKNOWN}
 * @param sourceUrl   where the original lives, or null
 * @param extra       other manifest or sidecar columns (licence, summary ...), in input order
 * @param inferred    names of the fields above that were inferred rather than given
 */
public record DocumentMetadata(String title, String country, String issuingBody, Integer year,
                               String language, String sourceUrl, Map<String, String> extra,
                               Set<String> inferred) {

    public static final String UNKNOWN = "unknown";

    /**
     * Copies {@code extra} in its order and {@code inferred} sorted. {@code Map.copyOf} and {@code Set.copyOf}
     * iterate in an order that changes from one JVM run to the next, so the stored JSON, the document page's rows
     * and the API differed between two builds of one corpus.
     */
    public DocumentMetadata {
        Map<String, String> ordered = new LinkedHashMap<>();
        extra.forEach((k, v) -> ordered.put(Objects.requireNonNull(k, "extra key"), Objects.requireNonNull(v, k)));
        extra = Collections.unmodifiableMap(ordered);
        inferred = Collections.unmodifiableSortedSet(new TreeSet<>(inferred));
    }

    public boolean isInferred(String field) {
        return inferred.contains(field);
    }
}
