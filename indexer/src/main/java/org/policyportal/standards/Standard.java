package org.policyportal.standards;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the standards vocabulary.
 *
 * @param id                 short lower-case canonical slug, e.g. {@code dmarc}, {@code iso-27001}
 * @param label              human readable name
 * @param issuer             issuing body (IETF, ISO/IEC, NIST, BSI, European Union, ...)
 * @param category           facet category
 * @param aliases            literal surface forms that are detected (acronyms case-sensitive, long names
 *                           case-insensitive); forms that only count with context are included too
 * @param versions           known versions/editions in normalised form ("1.2", "2022", "rev5")
 * @param deprecatedVersions versions that are deprecated; the single value {@code "*"} means every
 *                           mention of the standard is deprecated (SSL, SHA-1, MD5, RC4, 3DES)
 * @param url                reference URL
 * @param notes              false-positive traps and detection notes
 */
public record Standard(String id, String label, String issuer, Category category, List<String> aliases,
                       List<String> versions, List<String> deprecatedVersions, String url, String notes) {

    /** Marker in {@link #deprecatedVersions()} meaning "every version is deprecated". */
    public static final String ALL_VERSIONS = "*";

    public Standard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        label = label == null ? id : label;
        issuer = issuer == null ? "" : issuer;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        versions = versions == null ? List.of() : List.copyOf(versions);
        deprecatedVersions = deprecatedVersions == null ? List.of() : List.copyOf(deprecatedVersions);
        url = url == null ? "" : url;
        notes = notes == null ? "" : notes;
    }

    /** True when a mention of this standard with the given (normalised, nullable) version is deprecated. */
    public boolean isDeprecated(String version) {
        return deprecatedVersions.contains(ALL_VERSIONS) || (version != null && deprecatedVersions.contains(version));
    }
}
