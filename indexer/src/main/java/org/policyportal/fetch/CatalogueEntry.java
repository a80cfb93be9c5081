package org.policyportal.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One row of the source catalogue ({@code corpus/sources.csv}): a public document that {@code fetch} can download.
 *
 * <p>Contract: {@code id} is a non-blank slug ({@code [a-z0-9][a-z0-9._-]*}) used as the file name stem of the
 * download; {@code url} is an absolute http(s) URI. All other fields are metadata copied verbatim into the
 * downloads manifest and may be empty.
 */
public record CatalogueEntry(
        String id,
        String title,
        String country,
        String issuingBody,
        String year,
        String language,
        String format,
        URI url,
        String licenceNote) {

    /** Pattern every catalogue id must match (safe as a file name on all platforms). */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9._-]*";

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("catalogue id '" + id + "' must match " + ID_PATTERN);
        }
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || url.getHost() == null) {
            throw new IllegalArgumentException("catalogue entry '" + id + "' has no absolute http(s) URL: " + url);
        }
        title = nullToEmpty(title);
        country = nullToEmpty(country);
        issuingBody = nullToEmpty(issuingBody);
        year = nullToEmpty(year);
        language = nullToEmpty(language);
        format = nullToEmpty(format);
        licenceNote = nullToEmpty(licenceNote);
    }

    /**
     * Builds an entry from raw strings.
     *
     * @throws IllegalArgumentException if the id or URL is invalid
     */
    public static CatalogueEntry of(String id, String title, String country, String issuingBody, String year,
                                    String language, String format, String url, String licenceNote) {
        URI uri;
        try {
            uri = URI.create(Objects.requireNonNull(url, "url").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("catalogue entry '" + id + "' has a malformed URL: " + url, e);
        }
        return new CatalogueEntry(id == null ? null : id.trim(), title, country, issuingBody, year, language,
                format, uri, licenceNote);
    }

    /** Host name of the URL, lower-cased; used for per-host rate limiting. */
    public String host() {
        return url.getHost().toLowerCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
