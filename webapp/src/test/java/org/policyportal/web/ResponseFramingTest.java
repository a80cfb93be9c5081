package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How responses are framed on the wire, read from a raw socket (an HTTP client library would hide it): one that fits
 * Jetty's 32 KB output buffer goes out whole with a Content-Length, gzipped or not; a larger one is chunked.
 */
class ResponseFramingTest {

    private static final int BUFFER = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = BundledCorpus.get().portal();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    record Raw(Map<String, String> headers, byte[] body) {
    }

    @Test
    void aPageLargerThanOnePieceOfJavalinsCopyButWithinTheBufferHasItsLengthAndNoChunks() throws IOException {
        // over 8 KB: with Jetty's default aggregation this page went out chunked
        Raw r = fetch("/api/search?size=10", false);
        assertThat(r.body().length).isBetween(8 * 1024 + 1, BUFFER);
        assertThat(r.headers()).doesNotContainKey("transfer-encoding")
                .containsEntry("content-length", String.valueOf(r.body().length));
        assertThat(JSON.readTree(r.body()).get("hits")).hasSize(10);
    }

    @Test
    void aGzippedPageCarriesTheLengthOfItsCompressedBytes() throws IOException {
        Raw plain = fetch("/api/search?size=10", false);
        Raw zipped = fetch("/api/search?size=10", true);
        assertThat(zipped.headers()).containsEntry("content-encoding", "gzip").doesNotContainKey("transfer-encoding")
                .containsEntry("content-length", String.valueOf(zipped.body().length));
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            unzipped = in.readAllBytes();
        }
        assertThat(JSON.readTree(unzipped).get("total")).isEqualTo(JSON.readTree(plain.body()).get("total"));
    }

    @Test
    void aResponseLargerThanTheBufferIsStreamedInChunksAndArrivesWhole() throws IOException {
        Raw r = fetch("/api/openapi.json", false);
        assertThat(r.headers()).containsEntry("transfer-encoding", "chunked").doesNotContainKey("content-length");
        assertThat(r.body().length).isGreaterThan(BUFFER);
        assertThat(JSON.readTree(r.body()).has("openapi")).isTrue();
    }

    /**
     * One GET on a keep-alive connection (as browsers and the load client send it), the response read by its own
     * framing: Content-Length bytes, or chunks until the empty one (returned joined).
     */
    private static Raw fetch(String path, boolean gzip) throws IOException {
        URI base = URI.create(portal.base());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "\r\n";
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(s.getInputStream());
            String status = line(in);
            assertThat(status).startsWith("HTTP/1.1 200");
            Map<String, String> headers = new TreeMap<>();
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
            if (headers.containsKey("content-length")) {
                return new Raw(headers, in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            assertThat(headers).containsEntry("transfer-encoding", "chunked");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                assertThat(line(in)).isEmpty();
            }
            return new Raw(headers, body.toByteArray());
        }
    }

    /** One CRLF-terminated line, without the CRLF. */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new AssertionError("the connection ended inside a line: " + sb);
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
