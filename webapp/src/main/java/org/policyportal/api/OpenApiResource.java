package org.policyportal.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3.1 document {@code api/openapi.json} on the classpath,
 * read once at start-up. Immutable and thread-safe.
 */
public final class OpenApiResource {

    private final byte[] document;

    private OpenApiResource(byte[] document) {
        this.document = document;
    }

    public static OpenApiResource load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.json is missing from the classpath");
            }
            return new OpenApiResource(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read api/openapi.json", e);
        }
    }

    public void serve(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "public, max-age=3600").result(document);
    }
}
