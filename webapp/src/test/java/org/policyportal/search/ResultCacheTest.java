package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.document.PolicyDocument;

/** The result cache answers repeats, never across a generation swap, and keeps no partial results. */
class ResultCacheTest {

    @TempDir
    Path root;

    private static final PolicyDocument EXTRA = Corpus.extraBelgian();

    @Test
    void repeatedRequestIsAnsweredFromTheCacheUntilANewGenerationGoesLive() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                QueryBudget.defaults(), 1 << 20)) {
            SearchRequest dmarc = SearchRequest.of("DMARC");
            SearchResult first = service.search(dmarc);
            SearchResult again = service.search(dmarc);
            assertThat(service.resultCache()).isEqualTo(new SearchService.CacheCounts(1, 1));
            assertThat(again.withTookMs(0)).isEqualTo(first.withTookMs(0));

            service.search(dmarc.withPage(2));
            assertThat(service.resultCache()).isEqualTo(new SearchService.CacheCounts(1, 2));

            Corpus.publish(root, Corpus.plus(Corpus.documents(), EXTRA));
            assertThat(service.refresh()).isTrue();
            SearchResult after = service.search(dmarc);
            assertThat(after.total()).isEqualTo(first.total() + 1);
            assertThat(after.facets().get("country")).extracting(FacetValue::value).contains("BE");
            assertThat(service.resultCache()).isEqualTo(new SearchService.CacheCounts(1, 3));
        }
    }

    @Test
    void switchedOffCacheSearchesEveryTime() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                QueryBudget.defaults(), 0)) {
            service.search(SearchRequest.of("DMARC"));
            service.search(SearchRequest.of("DMARC"));
            assertThat(service.resultCache()).isEqualTo(new SearchService.CacheCounts(0, 0));
        }
    }

    @Test
    void partialResultsAreNotKept() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService slow = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                new QueryBudget(Duration.ofNanos(1), 1024), 1 << 20)) {
            assertThat(slow.search(SearchRequest.of("security")).partialResults()).isTrue();
            assertThat(slow.search(SearchRequest.of("security")).partialResults()).isTrue();
            assertThat(slow.resultCache()).isEqualTo(new SearchService.CacheCounts(0, 2));
        }
    }
}
