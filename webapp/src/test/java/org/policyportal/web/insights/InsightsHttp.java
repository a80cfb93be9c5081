package org.policyportal.web.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.policyportal.search.SearchService;
import org.policyportal.web.PortalServer;

/** A portal over a real index on a free port, with helpers for text, bytes and JSON responses. */
final class InsightsHttp implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final PortalServer server;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    InsightsHttp(SearchService service, Path corpus, InsightsLimits limits) {
        this.server = new PortalServer(service, corpus, limits);
        this.port = server.start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(path, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
