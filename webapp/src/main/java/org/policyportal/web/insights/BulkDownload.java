package org.policyportal.web.insights;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyportal.search.Hit;
import org.policyportal.search.SearchMode;
import org.policyportal.search.SearchService;
import org.policyportal.search.StandardRef;
import org.policyportal.web.document.CorpusFiles;
import org.policyportal.web.search.SearchParams;
import org.policyportal.web.search.SearchState;

/**
 * {@code GET /download.zip}: the original files of a search's documents (same parameters as {@code /search}; the
 * mode is always documents) as one zip, streamed: {@code files/{id}-{name}} for each original, then
 * {@code metadata.csv} (one row per matching document, with whether and where its file is in the zip) and
 * {@code README.txt} (what was left out and why). At most {@link InsightsLimits#zipFiles()} files and
 * {@link InsightsLimits#zipBytes()} bytes; only files the index names, resolved inside the corpus root by
 * {@link CorpusFiles}. Stateless and thread-safe.
 */
public final class BulkDownload {

    private final SearchService search;
    private final CorpusFiles corpus;
    private final InsightsLimits limits;

    public BulkDownload(SearchService search, CorpusFiles corpus, InsightsLimits limits) {
        this.search = search;
        this.corpus = corpus;
        this.limits = limits;
    }

    public void zip(Context ctx) throws IOException {
        SearchState state = SearchParams.parse(ctx);
        try (ResultPages pages = new ResultPages(search, state.toRequest().withMode(SearchMode.DOCUMENTS),
                limits.exportRows(), 0)) {
            ctx.contentType("application/zip");
            ctx.header("Content-Disposition", "attachment; filename=\"policy-documents.zip\"");
            StringWriter metadata = new StringWriter();
            CSVPrinter csv = new CSVPrinter(metadata, CSVFormat.RFC4180);
            csv.printRecord("id", "title", "country", "issuing_body", "year", "language", "standards", "path",
                    "document_url", "file_in_zip", "status");
            StringBuilder leftOut = new StringBuilder();
            String base = BaseUrl.of(ctx);
            long[] bytes = {0};
            int[] files = {0};
            ZipOutputStream zip = new ZipOutputStream(ctx.outputStream(), StandardCharsets.UTF_8);
            pages.forEach((row, hit) -> {
                String status;
                String entry = "";
                Optional<Path> file = corpus.resolve(hit.path());
                long size = file.isPresent() ? Files.size(file.get()) : 0;
                if (file.isEmpty()) {
                    status = "left out: the original file is not available";
                } else if (files[0] >= limits.zipFiles()) {
                    status = "left out: the zip holds at most " + limits.zipFiles() + " files";
                } else if (bytes[0] + size > limits.zipBytes()) {
                    status = "left out: the zip holds at most " + limits.zipBytes() + " bytes of files";
                } else {
                    entry = "files/" + safeName(hit.id()) + "-" + safeName(file.get().getFileName().toString());
                    zip.putNextEntry(new ZipEntry(entry));
                    Files.copy(file.get(), zip);
                    zip.closeEntry();
                    files[0]++;
                    bytes[0] += size;
                    status = "included";
                }
                if (!status.equals("included")) {
                    leftOut.append("- ").append(hit.id()).append(" \"").append(oneLine(hit.title())).append("\": ")
                            .append(status.substring("left out: ".length())).append('\n');
                }
                csv.printRecord(Csv.safe(hit.id()), Csv.safe(hit.title()), Csv.safe(hit.country()),
                        Csv.safe(hit.issuingBody()), hit.year(), Csv.safe(hit.language()),
                        Csv.safe(String.join(";", hit.standards().stream().map(StandardRef::id).toList())),
                        Csv.safe(hit.path()), base + "/documents/" + hit.id(), entry, status);
            });
            csv.flush();
            zip.putNextEntry(new ZipEntry("metadata.csv"));
            zip.write(metadata.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(readme(state, base, pages, files[0], bytes[0], leftOut).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();   // Javalin owns and closes the response stream
            zip.flush();
        }
    }

    private String readme(SearchState state, String base, ResultPages pages, int files, long bytes,
                          StringBuilder leftOut) {
        StringBuilder r = new StringBuilder();
        r.append("Original files of the search ").append(base).append(state.url()).append('\n');
        r.append(pages.total()).append(" matching documents; ").append(files).append(" files (").append(bytes)
                .append(" bytes) included. metadata.csv lists every listed document.\n");
        r.append("Caps: ").append(limits.zipFiles()).append(" files, ").append(limits.zipBytes())
                .append(" bytes per download.\n");
        if (pages.capped()) {
            r.append("Only the first ").append(pages.cap()).append(" of ").append(pages.total())
                    .append(" documents were considered; narrow the search for the rest.\n");
        }
        r.append(leftOut.isEmpty() ? "Nothing was left out.\n" : "\nLeft out:\n" + leftOut);
        return r.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** A zip entry name part: letters, digits, dot, dash and underscore only; never "." or "..". */
    static String safeName(String s) {
        String n = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() || n.chars().allMatch(c -> c == '.') ? "_" + n : n;
    }
}
