package org.policyportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.policyportal.search.SearchService;

/** A portal on a free port with real HTTP, for handler tests. Close it in {@code @AfterAll}. */
public final class TestPortal implements AutoCloseable {

    private final PortalServer server;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public TestPortal(SearchService service, Path corpus) {
        this.server = new PortalServer(service, corpus);
        this.port = server.start("127.0.0.1", 0);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** GETs a raw path (already percent-encoded where needed). */
    public HttpResponse<String> get(String pathAndQuery) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
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
