package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyportal.index.IndexSchema;

/**
 * On large indexes a faceted search counts without scores and takes its page from a second search that may skip
 * hits which cannot reach the page; on small ones it scores and counts in one pass. Either way page and total must
 * be exactly those of one exhaustive search of the filtered query, in both modes, with and without filters, by
 * relevance and by year.
 */
class PrunedPageTest {

    @TempDir
    Path root;

    private record Case(String query, boolean documents, Map<String, List<String>> filters, SortOrder sort,
                        int topN) {
    }

    private static final List<Case> CASES = List.of(
            new Case("security", true, Map.of(), SortOrder.RELEVANCE, 10),
            new Case("security", true, Map.of(IndexSchema.DIM_COUNTRY, List.of("NL")), SortOrder.RELEVANCE, 10),
            new Case("security supplier", true, Map.of(IndexSchema.DIM_COUNTRY, List.of("NL", "DE"),
                    IndexSchema.DIM_STANDARD, List.of("dmarc")), SortOrder.RELEVANCE, 5),
            new Case("security OR procurement", true, Map.of(), SortOrder.RELEVANCE, 30),
            new Case("\"supplier rules\"", true, Map.of(IndexSchema.DIM_YEAR, List.of("2017")), SortOrder.RELEVANCE,
                    3),
            new Case("security", true, Map.of(IndexSchema.DIM_COUNTRY, List.of("US")), SortOrder.YEAR_DESC, 10),
            new Case("security", false, Map.of(), SortOrder.RELEVANCE, 10),
            new Case("security -procurement", false, Map.of(IndexSchema.DIM_COUNTRY, List.of("DE")),
                    SortOrder.RELEVANCE, 20),
            new Case("supplier", false, Map.of(), SortOrder.YEAR_ASC, 10),
            new Case("security", true, Map.of(IndexSchema.DIM_COUNTRY, List.of("XX")), SortOrder.RELEVANCE, 10));

    @ParameterizedTest(name = "two passes from {0} documents")
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void pageAndTotalEqualOneExhaustiveSearchOfTheFilteredQuery(int twoPassesFrom) throws Exception {
        Path dir = Corpus.publish(root, Corpus.varied(240));
        IndexSchema schema = new IndexSchema();
        SearcherGeneration gen = SearcherGeneration.open(dir, schema, StandardLabels.fallback());
        try {
            QueryParser parser = new QueryParser(schema.analyzers());
            FacetedSearch faceted = new FacetedSearch(schema, twoPassesFrom);
            int withHits = 0;
            for (Case c : CASES) {
                SearchRequest request = SearchRequest.of(c.query()).withFilters(c.filters())
                        .withMode(c.documents() ? SearchMode.DOCUMENTS : SearchMode.CLAUSES);
                ParsedQuery pq = parser.parse(c.query(), gen.target(c.documents()));
                Query base = FilteredQueries.base(pq, c.documents(), request);
                FacetedSearch.Outcome got = faceted.search(gen, c.documents(), null, false, base, c.filters(),
                        IndexSchema.DIMENSIONS, c.sort(), c.topN());

                Query filtered = FilteredQueries.drillDown(schema, gen, c.documents(), base, c.filters());
                TopDocs exhaustive = gen.searcher().search(filtered, exhaustive(c.sort(), c.topN()));
                assertThat(got.total()).as(c.toString()).isEqualTo(gen.searcher().count(filtered));
                assertThat(page(got.topDocs())).as(c.toString()).isEqualTo(page(exhaustive));
                assertThat(got.partial()).isFalse();
                withHits += got.total() > c.topN() ? 1 : 0;
            }
            assertThat(withHits).as("cases with more hits than their page, where pruning can skip").isGreaterThan(5);
        } finally {
            gen.decRef();
        }
    }

    /**
     * A document search alone on a generation with a segment executor counts on the executor while the caller ranks
     * and reads the page, unless the index is too small to split: page, total and facets must be those of the plain
     * search either way.
     */
    @ParameterizedTest(name = "at least {0} index documents per slice")
    @ValueSource(ints = {1, Integer.MAX_VALUE})
    void countingBesideThePageGivesTheSamePageTotalAndFacets(int minDocsPerSlice) throws Exception {
        Path dir = Corpus.publish(root, Corpus.varied(240));
        IndexSchema schema = new IndexSchema();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger tasks = new AtomicInteger();
        Executor counted = r -> {
            tasks.incrementAndGet();
            pool.execute(r);
        };
        SearcherGeneration gen = SearcherGeneration.open(dir, schema, StandardLabels.fallback(), counted, 2,
                minDocsPerSlice);
        try {
            QueryParser parser = new QueryParser(schema.analyzers());
            FacetedSearch faceted = new FacetedSearch(schema, 0);
            for (Case c : CASES) {
                SearchRequest request = SearchRequest.of(c.query()).withFilters(c.filters())
                        .withMode(c.documents() ? SearchMode.DOCUMENTS : SearchMode.CLAUSES);
                ParsedQuery pq = parser.parse(c.query(), gen.target(c.documents()));
                Query base = FilteredQueries.base(pq, c.documents(), request);
                FacetedSearch.Outcome plain = faceted.search(gen, c.documents(), null, false, base, c.filters(),
                        IndexSchema.DIMENSIONS, c.sort(), c.topN());
                int before = tasks.get();
                FacetedSearch.Read<List<String>> beside = faceted.searchAndRead(gen, c.documents(), null, true, base,
                        c.filters(), IndexSchema.DIMENSIONS, c.sort(), c.topN(), PrunedPageTest::page);

                assertThat(beside.page()).as(c.toString()).isEqualTo(page(plain.topDocs()));
                assertThat(beside.total()).as(c.toString()).isEqualTo(plain.total());
                for (String dim : List.of(IndexSchema.DIM_COUNTRY, IndexSchema.DIM_YEAR, IndexSchema.DIM_STANDARD)) {
                    assertThat(String.valueOf(beside.facets().getAllChildren(dim))).as(c + " " + dim)
                            .isEqualTo(String.valueOf(plain.facets().getAllChildren(dim)));
                }
                assertThat(beside.partial()).isFalse();
                boolean expectBeside = c.documents() && minDocsPerSlice == 1;
                assertThat(tasks.get() > before).as("the count ran on the executor: " + c).isEqualTo(expectBeside);
            }
        } finally {
            gen.decRef();
            pool.shutdown();
        }
    }

    /** Doc id, score and sort values of each hit, in order. */
    private static List<String> page(TopDocs td) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
            String fields = sd instanceof org.apache.lucene.search.FieldDoc fd ? Arrays.toString(fd.fields) : "";
            out.add(sd.doc + ":" + sd.score + fields);
        }
        return out;
    }

    private static CollectorManager<?, ? extends TopDocs> exhaustive(SortOrder sort, int topN) {
        return switch (sort) {
            case RELEVANCE -> new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE);
            case YEAR_DESC, YEAR_ASC -> new TopFieldCollectorManager(new Sort(new SortField(IndexSchema.YEAR_SORT,
                    SortField.Type.LONG, sort == SortOrder.YEAR_DESC), SortField.FIELD_SCORE), topN, null,
                    Integer.MAX_VALUE);
        };
    }
}
