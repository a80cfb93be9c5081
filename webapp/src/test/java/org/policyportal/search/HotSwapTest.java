package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.IndexSchema;

/** Publishing a new generation while searches are in flight. */
class HotSwapTest {

    @TempDir
    Path root;

    private static final PolicyDocument EXTRA = Corpus.extraBelgian();

    @Test
    void inFlightSearchFinishesOnTheOldGenerationWhichThenCloses() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (IndexSearchers searchers = new IndexSearchers(root, new IndexSchema(), StandardLabels.fallback(),
                Duration.ZERO)) {
            IndexSearchers.Lease inFlight = searchers.acquire().orElseThrow();
            SearcherGeneration old = inFlight.generation();

            Corpus.publish(root, Corpus.plus(Corpus.documents(), EXTRA));
            assertThat(searchers.refresh()).isTrue();

            // the old searcher still answers, with the old data
            assertThat(old.searcher().count(IndexSchema.parentsQuery())).isEqualTo(6);
            assertThat(old.refCount()).isEqualTo(1);
            try (IndexSearchers.Lease fresh = searchers.acquire().orElseThrow()) {
                assertThat(fresh.generation().name()).isEqualTo("gen-000002");
                assertThat(fresh.generation().searcher().count(IndexSchema.parentsQuery())).isEqualTo(7);
                assertThat(fresh.generation().catalog().suggest("ccb", 5)).extracting(Suggestion::value)
                        .containsExactly("CCB");
            }
            inFlight.close();
            assertThat(old.refCount()).isZero();
            assertThat(searchers.refresh()).isFalse();
        }
    }

    @Test
    void serviceStartsWithoutAnIndexAndPicksUpPublishedGenerations() throws Exception {
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(),
                Duration.ofMillis(100))) {
            SearchResult empty = service.search(SearchRequest.of("DMARC"));
            assertThat(empty.total()).isZero();
            assertThat(empty.notices()).containsExactly(LuceneSearchService.NO_INDEX);
            assertThat(service.stats().generation()).isEqualTo("none");
            assertThat(service.document("nl-mail", "")).isEmpty();
            assertThat(service.suggest("dm", 5)).isEmpty();

            Corpus.publish(root, Corpus.documents());
            awaitGeneration(service, "gen-000001");
            assertThat(service.search(SearchRequest.of("DMARC")).total()).isEqualTo(2);

            Corpus.publish(root, Corpus.plus(Corpus.documents(), EXTRA));
            awaitGeneration(service, "gen-000002");
            SearchResult after = service.search(SearchRequest.of("DMARC"));
            assertThat(after.total()).isEqualTo(3);
            assertThat(after.facets().get("country")).extracting(FacetValue::value).contains("BE");
            assertThat(service.stats().documents()).isEqualTo(7);
        }
    }

    @Test
    void manyConcurrentSearchesAcrossSwapsNeverFail() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            List<Thread> threads = new java.util.ArrayList<>();
            java.util.concurrent.ConcurrentLinkedQueue<Throwable> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
            for (int t = 0; t < 3; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 20; i++) {
                        try {
                            assertThat(service.search(SearchRequest.of("DMARC")).total()).isBetween(2L, 3L);
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }));
            }
            for (int g = 0; g < 3; g++) {
                Corpus.publish(root, g % 2 == 0 ? Corpus.plus(Corpus.documents(), EXTRA) : Corpus.documents());
                service.refresh();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(errors).isEmpty();
            assertThat(service.stats().generation()).isEqualTo("gen-000004");
        }
    }

    private static void awaitGeneration(LuceneSearchService service, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!service.stats().generation().equals(name) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(service.stats().generation()).isEqualTo(name);
    }
}
