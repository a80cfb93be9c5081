package org.policyportal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * Writes a response body as UTF-8 JSON bytes straight from Jackson. {@code ctx.json} builds a string, which Javalin
 * then encodes to bytes and copies again: with search pages of about 20 KB, {@code toJsonString} was 8.1 % of the
 * server's CPU (JDK CPU-time samples, 20,000 documents, 2 clients). Give it the mapper the app's
 * {@code JsonMapper} uses, so both write the same JSON. Thread-safe ({@link ObjectMapper} is).
 */
public final class JsonBody {

    private final ObjectMapper mapper;

    private JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static JsonBody of(ObjectMapper mapper) {
        return new JsonBody(mapper);
    }

    /** Sets the JSON content type and {@code body} as the result. */
    public void send(Context ctx, Object body) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the response as JSON", e);
        }
    }
}
