package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request size limits (414, 431) and the idle timeout that drops slow clients. */
class RequestLimitsTest {

    @TempDir
    static Path corpus;
    static PortalServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = new PortalServer(FakeSearchService.standard(), corpus, ServerOptions.defaults()
                .withMaxQueryString(1000).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        port = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void tooLongQueryStringIs414WithHeadersAndTheUsualErrorShape() {
        String q = "a".repeat(1200);
        HttpResponse<String> api = new Http(port).get("/api/search?q=" + q);
        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(api.body()).contains("\"status\":414").contains("too long");
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
        HttpResponse<String> page = new Http(port).get("/search?q=" + q);
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.body()).contains("too long");
        assertThat(new Http(port).get("/search?q=" + "a".repeat(400)).statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedHeadersAreRefusedByJetty() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Padding", "x".repeat(ServerOptions.DEFAULT_MAX_HEADER_BYTES + 1024)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.headers().firstValue("Server")).isEmpty();
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aRequestLineTooLongForJettyEndsItsConnectionAndSaysSo() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String target = "/api/search?q=" + "x".repeat(ServerOptions.DEFAULT_MAX_HEADER_BYTES + 1024);
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // readAllBytes returns only when the server closes the connection
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
            assertThat(head).startsWith("http/1.1 414").contains("\r\nconnection: close");
            assertThat(response).containsOnlyOnce("HTTP/1.1 ");
        }
    }

    @Test
    void aClientThatStopsSendingIsDisconnectedAfterTheIdleTimeout() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /search?q=slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            byte[] rest = in.readAllBytes(); // returns when the server closes the connection
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).as("closed after the 1 s idle timeout, not the 10 s read timeout").isBetween(500L, 8_000L);
            assertThat(new String(rest, StandardCharsets.ISO_8859_1)).doesNotContain("200 OK");
        }
    }
}
