package org.policyportal.fetch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code manifest.csv} in the downloads directory so the indexer picks up downloaded originals with the
 * catalogue's metadata.
 *
 * <p>Contract: same header as {@code corpus/manifest.csv} ({@link #HEADER}); one row per catalogue entry whose file
 * is recorded in the fetch log and present on disk, in catalogue order; {@code path} is relative to the downloads
 * directory; RFC 4180 quoting; written to a temporary file and moved into place.
 */
public final class DownloadsManifest {

    /** Header shared with the bundled sample corpus manifest. */
    public static final List<String> HEADER = List.of(
            "path", "title", "country", "issuing_body", "year", "language", "source_url", "format", "licence",
            "summary");

    /** File name inside the downloads directory. */
    public static final String FILE_NAME = "manifest.csv";

    private DownloadsManifest() {
    }

    /** Writes the manifest; returns the number of rows. */
    public static int write(Path downloadsDir, List<CatalogueEntry> catalogue, FetchLog log) throws IOException {
        Path target = downloadsDir.resolve(FILE_NAME);
        Path tmp = downloadsDir.resolve(FILE_NAME + ".part");
        int rows = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build();
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (CatalogueEntry e : catalogue) {
                Optional<FetchLog.Entry> stored = log.get(e.id());
                if (stored.isEmpty() || !Files.isRegularFile(downloadsDir.resolve(stored.get().file()))) {
                    continue;
                }
                String file = stored.get().file();
                String ext = file.substring(file.lastIndexOf('.') + 1);
                csv.printRecord(file, e.title(), e.country(), e.issuingBody(), e.year(), e.language(),
                        e.url().toString(), ext, licence(e),
                        "Original document as published by " + (e.issuingBody().isBlank() ? "its issuer"
                                : e.issuingBody()) + ", downloaded by ./portal fetch.");
                rows++;
            }
        }
        FetchLog.moveIntoPlace(tmp, target);
        return rows;
    }

    private static String licence(CatalogueEntry e) {
        return e.licenceNote().isBlank() ? "see source" : e.licenceNote();
    }
}
