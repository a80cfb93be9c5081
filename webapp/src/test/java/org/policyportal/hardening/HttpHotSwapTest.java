package org.policyportal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.document.PolicyDocument;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.StandardLabels;
import org.policyportal.web.TestPortal;

/**
 * Over real HTTP: client threads keep searching (pages and API) while new index generations are published and
 * picked up by the background watcher; not one answer may be anything but 200, and the server ends on the last.
 */
class HttpHotSwapTest {

    static final int GENERATIONS = 4;

    @TempDir
    Path tmp;

    @Test
    void searchesKeepSucceedingWhileGenerationsAreSwapped() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        HostileIndex.build(corpus, index);
        try (var service = new LuceneSearchService(index, StandardLabels.fallback(), Duration.ofMillis(100))) {
            TestPortal portal = new TestPortal(service, corpus);
            try {
                run(portal, service, index);
            } finally {
                portal.close();
            }
        }
    }

    private void run(TestPortal portal, LuceneSearchService service, Path index) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> paths = List.of("/search?q=security", "/api/search?q=security&mode=clauses",
                "/api/search?q=dmarc&country=NL", "/search?q=cloud&mode=clauses", "/api/documents/nl-mail",
                "/health", "/search?q=generation");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        Set<String> generationsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                int i = offset;
                while (!stop.get()) {
                    String p = paths.get(i++ % paths.size());
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(portal.base() + p))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    requests.incrementAndGet();
                    if (r.statusCode() != 200) {
                        bad.add(r.statusCode() + " " + p);
                    }
                    if (p.equals("/health")) {
                        generationsSeen.add(r.body().replaceAll(".*\"generation\":\"([^\"]+)\".*", "$1"));
                    }
                }
                return null;
            }));
        }
        List<PolicyDocument> docs = new ArrayList<>(HostileIndex.documents());
        for (int g = 0; g < GENERATIONS; g++) {
            Thread.sleep(400);
            docs.add(HostileIndex.doc("gen-doc-" + g, "Generation " + g + " document", "NL", "Test", 2024,
                    null, "nl/gen-" + g + ".txt", java.util.Map.of(),
                    HostileIndex.clause(1, "1", "Generation", "Generation " + g + " security text.")));
            Path published = HostileIndex.publish(index, docs);
            awaitServed(service, published.getFileName().toString());
        }
        Thread.sleep(400);
        stop.set(true);
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        assertThat(bad).as("non-200 answers during swaps").isEmpty();
        assertThat(requests.get()).isGreaterThan(50);
        assertThat(generationsSeen).contains("gen-%06d".formatted(GENERATIONS + 1));
        HttpResponse<String> last = client.send(HttpRequest.newBuilder(URI.create(portal.base()
                + "/api/search?q=generation")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(last.body()).contains("\"total\":" + GENERATIONS);
    }

    private static void awaitServed(LuceneSearchService service, String generation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!service.stats().generation().equals(generation)) {
            assertThat(System.nanoTime()).as("generation %s picked up", generation).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
