package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

/**
 * A walk over the Lucene service ranks once and reads pages of that ranking: its hits must be the hits of the
 * search pages in the same order, up to the cap, on the generation it started on.
 */
class ResultWalkTest {

    @TempDir
    Path root;

    private static final List<SearchRequest> REQUESTS = List.of(
            SearchRequest.of("security"),
            SearchRequest.of("security supplier").withFilters(Map.of(IndexSchema.DIM_COUNTRY, List.of("NL", "DE"))),
            SearchRequest.of("security").withMode(SearchMode.CLAUSES),
            new SearchRequest("supplier", Map.of(IndexSchema.DIM_STANDARD, List.of("dmarc")), 2016, 2022,
                    SearchMode.DOCUMENTS, SortOrder.YEAR_DESC, 1, 10, 10),
            new SearchRequest("", Map.of(), null, null, SearchMode.CLAUSES, SortOrder.YEAR_ASC, 1, 10, 10));

    @Test
    void walkHandsOutTheSearchPagesHitsInOrderUpToTheCap() throws Exception {
        Corpus.publish(root, Corpus.varied(240));
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            int capped = 0;
            for (SearchRequest r : REQUESTS) {
                List<Hit> paged = searchPages(service, r, 150);
                try (ResultWalk walk = service.walk(r, 150, 3)) {
                    assertThat(walk.total()).as(r.toString()).isEqualTo(service.search(r).total());
                    assertThat(describe(all(walk, 37))).as(r.toString()).isEqualTo(describe(paged));
                    capped += walk.total() > 150 ? 1 : 0;
                }
            }
            assertThat(capped).as("requests with more hits than the cap").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void documentHitsCarryTheFirstOfTheirUsualSnippets() throws Exception {
        Corpus.publish(root, Corpus.varied(60));
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            SearchRequest r = SearchRequest.of("security OR supplier");
            List<Hit> usual = searchPages(service, r, 60);
            assertThat(usual).allMatch(h -> h.snippets().size() == 2);
            try (ResultWalk one = service.walk(r, 60, 1); ResultWalk none = service.walk(r, 60, 0)) {
                List<Hit> first = all(one, 100);
                List<Hit> bare = all(none, 100);
                assertThat(first).hasSize(usual.size());
                for (int i = 0; i < usual.size(); i++) {
                    assertThat(first.get(i).snippets()).containsExactly(usual.get(i).snippets().getFirst());
                    assertThat(bare.get(i).snippets()).isEmpty();
                    assertThat(bare.get(i).id()).isEqualTo(usual.get(i).id());
                }
            }
        }
    }

    @Test
    void walkStaysOnTheGenerationItStartedOn() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            SearchRequest r = SearchRequest.of("DMARC");
            try (ResultWalk walk = service.walk(r, 100, 1)) {
                Corpus.publish(root, Corpus.plus(Corpus.documents(), Corpus.extraBelgian()));
                assertThat(service.refresh()).isTrue();
                assertThat(service.search(r).total()).as("new searches see the new generation").isEqualTo(3);

                List<Hit> hits = all(walk, 10);
                assertThat(walk.total()).isEqualTo(2);
                assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrder("nl-mail", "nl-inkoop");
            }
        }
    }

    @Test
    void badCapsSnippetsAndFiltersAreRefusedAndAClosedWalkReadsNothing() throws Exception {
        Corpus.publish(root, Corpus.documents());
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            SearchRequest r = SearchRequest.of("DMARC");
            assertThatThrownBy(() -> service.walk(r, 0, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> service.walk(r, SearchLimits.MAX_WINDOW + 1, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
            assertThatThrownBy(() -> service.walk(r, 10, 4)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("snippets");
            assertThatThrownBy(() -> service.walk(r.withFilters(Map.of("colour", List.of("red"))), 10, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");

            ResultWalk walk = service.walk(r, 10, 1);
            walk.close();
            walk.close();
            assertThatThrownBy(() -> walk.next(5)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void withoutAnIndexTheWalkIsEmptyAndSaysWhy() throws Exception {
        try (LuceneSearchService service = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO);
             ResultWalk walk = service.walk(SearchRequest.of("DMARC"), 10, 1)) {
            assertThat(walk.total()).isZero();
            assertThat(walk.next(10)).isEmpty();
            assertThat(walk.notices()).containsExactly(LuceneSearchService.NO_INDEX);
        }
    }

    @Test
    void theDefaultWalkPagesThroughSearchAndTrimsSnippets() throws Exception {
        Corpus.publish(root, Corpus.varied(240));
        try (LuceneSearchService lucene = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO)) {
            List<SearchRequest> asked = new ArrayList<>();
            SearchService paging = new HeldSearchService(lucene, asked::add);
            SearchRequest r = SearchRequest.of("security");
            try (ResultWalk walk = paging.walk(r, 150, 1); ResultWalk direct = lucene.walk(r, 150, 1)) {
                assertThat(describe(all(walk, 37))).isEqualTo(describe(all(direct, 100)));
                assertThat(walk.total()).isEqualTo(direct.total());
            }
            assertThat(asked).extracting(SearchRequest::page).containsExactly(1, 2);
            assertThat(asked).extracting(SearchRequest::size).containsOnly(PagedWalk.PAGE);
        }
    }

    private static List<Hit> all(ResultWalk walk, int pageSize) {
        List<Hit> out = new ArrayList<>();
        for (List<Hit> page = walk.next(pageSize); !page.isEmpty(); page = walk.next(pageSize)) {
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            out.addAll(page);
        }
        return out;
    }

    /** The hits of the search's pages of 100, up to {@code cap}. */
    private static List<Hit> searchPages(SearchService service, SearchRequest r, int cap) {
        List<Hit> out = new ArrayList<>();
        for (int page = 1; out.size() < cap; page++) {
            SearchResult result = service.search(new SearchRequest(r.query(), r.filters(), r.yearFrom(), r.yearTo(),
                    r.mode(), r.sort(), page, 100, 10));
            out.addAll(result.hits().subList(0, Math.min(result.hits().size(), cap - out.size())));
            if (result.hits().size() < 100) {
                break;
            }
        }
        return out;
    }

    /** Everything a row of an export shows. */
    private static List<String> describe(List<Hit> hits) {
        return hits.stream().map(h -> h.id() + "|" + h.clauseOrdinal() + "|" + h.year() + "|" + h.score() + "|"
                + h.url() + "|" + h.snippets()).toList();
    }
}
