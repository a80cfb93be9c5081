package org.policyportal.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chooses a file extension for a download from its URL, its Content-Type, or the catalogue's format column. */
public final class ContentTypes {

    private static final Map<String, String> BY_MIME = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "xhtml"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/rtf", "rtf"),
            Map.entry("text/plain", "txt"),
            Map.entry("text/markdown", "md"),
            Map.entry("text/csv", "csv"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/xml", "xml"),
            Map.entry("application/json", "json"),
            Map.entry("application/zip", "zip"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/epub+zip", "epub"));

    /** Extensions accepted when they appear at the end of a URL path. */
    public static final Set<String> KNOWN_EXTENSIONS = Set.of(
            "pdf", "html", "htm", "xhtml", "docx", "doc", "odt", "rtf", "txt", "md", "csv", "xml", "json", "zip",
            "xlsx", "epub");

    private ContentTypes() {
    }

    /** The extension named by the last path segment of {@code url}, if it is a known document extension. */
    public static Optional<String> fromUrl(URI url) {
        String path = url.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0 || dot == last.length() - 1) {
            return Optional.empty();
        }
        String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!KNOWN_EXTENSIONS.contains(ext)) {
            return Optional.empty();
        }
        return Optional.of(ext.equals("htm") ? "html" : ext);
    }

    /** The extension for a Content-Type header value (parameters such as charset are ignored). */
    public static Optional<String> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_MIME.get(mime));
    }

    /**
     * Picks the extension: the URL's own extension first, then the Content-Type, then the catalogue format
     * column (if it is a known extension), else {@code bin}.
     */
    public static String chooseExtension(URI requested, URI finalUrl, String contentType, String catalogueFormat) {
        return fromUrl(requested)
                .or(() -> finalUrl == null ? Optional.empty() : fromUrl(finalUrl))
                .or(() -> fromContentType(contentType))
                .or(() -> {
                    String f = catalogueFormat == null ? "" : catalogueFormat.trim().toLowerCase(Locale.ROOT);
                    return KNOWN_EXTENSIONS.contains(f) ? Optional.of(f) : Optional.empty();
                })
                .orElse("bin");
    }
}
