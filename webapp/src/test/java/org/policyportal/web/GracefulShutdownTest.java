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
import org.policyportal.search.HeldSearchService;

/** Stopping the server lets requests in flight finish. */
class GracefulShutdownTest {

    @TempDir
    Path corpus;

    @Test
    void inFlightRequestCompletesWhileTheServerStops() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PortalServer server = new PortalServer(HeldSearchService.slow(FakeSearchService.standard(),
                Duration.ofMillis(1500), started), corpus,
                ServerOptions.defaults().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(10)));
        int port = server.start("127.0.0.1", 0);
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=security")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        server.stop();
        long stopMs = (System.nanoTime() - t0) / 1_000_000;
        HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"total\"");
        assertThat(stopMs).as("stop waited for the request, within the stop timeout").isBetween(500L, 10_000L);
    }
}
