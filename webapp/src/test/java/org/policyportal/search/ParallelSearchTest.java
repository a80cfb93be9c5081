package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

/** Searching segments side by side returns exactly what searching them one after another returns. */
class ParallelSearchTest {

    @TempDir
    Path root;

    private static final List<SearchRequest> REQUESTS = List.of(
            SearchRequest.of("security"),
            SearchRequest.of("DMARC"),
            SearchRequest.of("\"cloud procurement\""),
            SearchRequest.of("security OR dnssec").withFilters(Map.of(IndexSchema.DIM_COUNTRY, List.of("NL"))),
            SearchRequest.of("").withFilters(Map.of(IndexSchema.DIM_COUNTRY, List.of("NL", "US"),
                    IndexSchema.DIM_LANGUAGE, List.of("en"))),
            SearchRequest.of("security").withMode(SearchMode.CLAUSES),
            new SearchRequest("", Map.of(), null, null, SearchMode.CLAUSES, SortOrder.YEAR_DESC, 1, 5, 10),
            new SearchRequest("", Map.of(), null, null, SearchMode.DOCUMENTS, SortOrder.RELEVANCE, 2, 2, 10));

    @Test
    void resultsEqualSequentialSearchOverSeveralSlices() throws Exception {
        Path gen = Corpus.publishSegmented(root, Corpus.plus(Corpus.documents(), Corpus.extraBelgian()));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            SearcherGeneration g = SearcherGeneration.open(gen, new IndexSchema(), StandardLabels.fallback(), pool, 3, 1);
            try {
                assertThat(g.searcher(null, true).getSlices()).as("the test needs several slices").hasSizeGreaterThan(1);
            } finally {
                g.decRef();
            }
        } finally {
            pool.shutdown();
        }
        SearchSettings one = new SearchSettings(QueryBudget.defaults(), 0, 1);
        try (LuceneSearchService sequential = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                one);
             LuceneSearchService parallel = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                     one.withSearchThreads(3).withMinDocsPerSlice(1))) {
            for (SearchRequest r : REQUESTS) {
                SearchResult expected = sequential.search(r).withTookMs(0);
                assertThat(expected.total()).as(r.toString()).isPositive();
                assertThat(parallel.search(r).withTookMs(0)).as(r.toString()).isEqualTo(expected);
            }
        }
    }
}
