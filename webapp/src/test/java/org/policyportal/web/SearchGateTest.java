package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.search.HeldSearchService;
import org.policyportal.search.Hit;
import org.policyportal.search.ResultWalk;
import org.policyportal.search.SearchRequest;
import org.policyportal.search.SearchResult;

/** At most N searches run at once; one that cannot get a slot in time gets 503 with Retry-After. */
class SearchGateTest {

    @TempDir
    Path corpus;

    @Test
    void searchBeyondTheConcurrencyLimitWaitsThenIsRefusedWith503() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PortalServer server = new PortalServer(HeldSearchService.slow(FakeSearchService.standard(),
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

    /**
     * An export's ranking is refused like a search when no slot frees in time; once it runs, its pages wait for a
     * slot however long it takes, because a refusal would cut a download already under way.
     */
    @Test
    void anExportsRankingMayBeRefusedButItsPagesWait() throws Exception {
        BlockingQueue<String> entered = new LinkedBlockingQueue<>();
        Semaphore proceed = new Semaphore(0);
        // each search reports its query, then waits for a permit to go on
        SearchGate gate = new SearchGate(new HeldSearchService(FakeSearchService.standard(), request -> {
            entered.add(request.query());
            proceed.acquireUninterruptibly();
        }), 1, Duration.ofMillis(100));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SearchResult> holder = pool.submit(() -> gate.search(SearchRequest.of("a")));
            assertThat(entered.poll(10, TimeUnit.SECONDS)).isEqualTo("a");
            assertThatThrownBy(() -> gate.walk(SearchRequest.of("b"), 100, 1))
                    .isInstanceOfSatisfying(HttpResponseException.class, e -> assertThat(e.getStatus()).isEqualTo(503));
            proceed.release();
            holder.get(10, TimeUnit.SECONDS);

            proceed.release();   // the walk's first page (the default walk searches)
            try (ResultWalk walk = gate.walk(SearchRequest.of(""), 100, 1)) {
                assertThat(entered.poll(10, TimeUnit.SECONDS)).as("the walk's first page").isEmpty();
                Future<SearchResult> other = pool.submit(() -> gate.search(SearchRequest.of("c")));
                assertThat(entered.poll(10, TimeUnit.SECONDS)).isEqualTo("c");
                Future<List<Hit>> page = pool.submit(() -> walk.next(10));
                Thread.sleep(400);   // four times the gate's wait: a search would have been refused by now
                assertThat(page).isNotDone();
                proceed.release();
                other.get(10, TimeUnit.SECONDS);
                assertThat(page.get(10, TimeUnit.SECONDS)).isNotEmpty();
            }
        } finally {
            proceed.release(100);
            pool.shutdownNow();
        }
    }
}
