package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At most N searches run at once; one that cannot get a slot in time gets 503 with Retry-After. */
class SearchGateTest {

    @TempDir
    Path corpus;

    @Test
    void searchBeyondTheConcurrencyLimitWaitsThenIsRefusedWith503() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PortalServer server = new PortalServer(new SlowSearchService(FakeSearchService.standard(),
                Duration.ofMillis(1500), started), corpus,
                ServerOptions.defaults().withSearchConcurrency(1, Duration.ofMillis(200)));
        int port = server.start("127.0.0.1", 0);
        try {
            CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=a")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> second = new Http(port).get("/api/search?q=b");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).contains("1");
            assertThat(second.body()).contains(SearchGate.BUSY);
            HttpResponse<String> page = new Http(port).get("/search?q=c");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
            assertThat(new Http(port).get("/documents/nl-bio").statusCode()).as("documents are not gated")
                    .isEqualTo(200);
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(new Http(port).get("/api/search?q=d").statusCode()).as("slot free again").isEqualTo(200);
        } finally {
            server.stop();
        }
    }
}
