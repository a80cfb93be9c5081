package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /static/*} served from memory: exact names only, the classpath bytes, ETag revalidation, HEAD. */
class StaticFilesTest {

    @TempDir
    static Path corpus;
    static TestPortal portal;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = new TestPortal(FakeSearchService.standard(), corpus);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void servesTheClasspathBytesWithTypeAndCacheHeaders() throws IOException {
        HttpResponse<String> css = portal.get("/static/portal.css?v=whatever");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("Cache-Control")).contains(StaticFiles.CACHE_CONTROL);
        assertThat(css.body()).isEqualTo(classpath("/static/portal.css"));
        HttpResponse<String> js = portal.get("/static/portal.js");
        assertThat(js.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(js.body()).isEqualTo(classpath("/static/portal.js"));
    }

    @Test
    void onlyKnownNamesAreServed() {
        for (String path : List.of("/static/nope.css", "/static/", "/static/portal.css/", "/static/PORTAL.CSS",
                "/static/./portal.css", "/static/%2e%2e/api/openapi.json", "/static/../static/portal.css",
                "/static/api/openapi.json", "/static/logback.xml")) {
            HttpResponse<String> r = portal.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("<configuration>", "\"openapi\":");
        }
    }

    @Test
    void aMatchingEtagGets304WithoutBody() throws Exception {
        String etag = portal.get("/static/portal.js").headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{12}\"");
        HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(URI.create(portal.base() + "/static/portal.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control")).contains(StaticFiles.CACHE_CONTROL);
        HttpResponse<String> stale = CLIENT.send(HttpRequest.newBuilder(URI.create(portal.base() + "/static/portal.js"))
                .header("If-None-Match", "\"0000\"").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void headAnswersLikeGetWithoutBody() throws Exception {
        HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create(portal.base() + "/static/portal.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    private static String classpath(String resource) throws IOException {
        try (InputStream in = StaticFilesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
