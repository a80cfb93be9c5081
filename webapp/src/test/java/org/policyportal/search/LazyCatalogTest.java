package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

/**
 * The facet catalog is built on first use: the first generation is live before it exists, every caller gets the
 * one catalog, and what it says equals an eagerly built one.
 */
class LazyCatalogTest {

    @TempDir
    Path root;

    @Test
    void concurrentFirstCallsShareOneCatalogEqualToAnEagerBuild() throws Exception {
        Path gen = Corpus.publish(root, Corpus.documents());
        IndexSchema schema = new IndexSchema();
        SearcherGeneration g = SearcherGeneration.open(gen, schema, StandardLabels.fallback());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<FacetCatalog>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(g::catalog);
            }
            List<FacetCatalog> got = new ArrayList<>();
            for (Future<FacetCatalog> f : pool.invokeAll(calls)) {
                got.add(f.get());
            }
            assertThat(got).allMatch(c -> c == got.get(0));
            FacetCatalog eager = FacetCatalog.build(g.searcher(), g.facetState(true), StandardLabels.fallback());
            assertThat(got.get(0).suggest("s", 20)).isEqualTo(eager.suggest("s", 20)).hasSizeGreaterThan(1);
            assertThat(got.get(0).suggest("d", 20)).isEqualTo(eager.suggest("d", 20)).isNotEmpty();
        } finally {
            pool.shutdownNow();
            g.decRef();
        }
    }

    @Test
    void theWatcherBuildsTheFirstGenerationsCatalogAndSuggestionsWork() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(),
                Duration.ofMillis(50))) {
            assertThat(service.stats().documents()).isEqualTo(6);
            service.startBackgroundWork(); // as the server does once it listens
            assertThat(service.suggest("ccb", 5)).isEmpty(); // not in this generation
            assertThat(service.suggest("forum", 5)).isNotEmpty();
        }
    }
}
