package org.policyportal.web.document;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyportal.document.PolicyDocument;
import org.policyportal.search.SearchService;
import org.policyportal.web.Links;

/**
 * {@code GET /documents/{id}/original}: the file the index was built from, inline, with its content type. Only
 * files the index knows are served, and only from inside the corpus root ({@link CorpusFiles}). A CSP
 * {@code sandbox} keeps an HTML or SVG original from running script in the portal's origin. Thread-safe.
 */
public final class OriginalFile {

    static final String SANDBOX_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

    private final SearchService search;
    private final CorpusFiles corpus;

    public OriginalFile(SearchService search, CorpusFiles corpus) {
        this.search = search;
        this.corpus = corpus;
    }

    public void serve(Context ctx) throws IOException {
        String id = DocumentPage.checkedId(ctx.pathParam("id"));
        PolicyDocument doc = search.policy(id)
                .orElseThrow(() -> new NotFoundResponse("No document with id " + id + "."));
        Path file = corpus.resolve(doc.path())
                .orElseThrow(() -> new NotFoundResponse("The original file of this document is not available."));
        String type = doc.contentType() == null || doc.contentType().isBlank()
                ? "application/octet-stream" : doc.contentType();
        String name = file.getFileName().toString();
        ctx.contentType(type);
        ctx.header("Content-Disposition", "inline; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                + Links.encode(name).replace("+", "%20"));
        ctx.header("Content-Security-Policy", SANDBOX_CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        ctx.result(Files.newInputStream(file));   // Javalin closes the stream after writing it
    }

    /** Header-safe fallback name: quotes, backslashes and non-ASCII replaced. */
    private static String asciiName(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.US_ASCII)) {
            char c = (char) b;
            sb.append(c < 0x20 || c == '"' || c == '\\' || c == '?' ? '_' : c);
        }
        return sb.toString();
    }
}
