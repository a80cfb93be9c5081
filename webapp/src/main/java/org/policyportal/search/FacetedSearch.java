package org.policyportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.policyportal.index.IndexSchema;
import org.policyportal.standards.Category;

/**
 * Runs a filtered query with drill-sideways facet counts: values within a dimension are OR'ed, dimensions AND'ed,
 * and each dimension with a selection is counted as if its own selection were removed. Totals are exact.
 *
 * <p>Thread-safe: stateless; each call works on the given generation.
 */
final class FacetedSearch {

    /**
     * Hits of the requested window, the total, and the facets (null when the index has none); {@code partial} when
     * the deadline stopped collection early (the total and counts then cover only what was collected).
     */
    record Outcome(TopDocs topDocs, long total, Facets facets, boolean partial) {
    }

    private final IndexSchema schema;

    FacetedSearch(IndexSchema schema) {
        this.schema = schema;
    }

    /**
     * @param documents whether {@code base} matches parent documents (else clauses): whose facet values to count
     * @param deadline when to give up, null for never. Without filters the searcher's own timeout applies (it
     *                 also bounds work between hits); drill-sideways scoring must see whole segments, so with
     *                 filters the hit collector checks the deadline instead.
     */
    Outcome search(SearcherGeneration gen, boolean documents, QueryTimeout deadline, Query base,
                   Map<String, List<String>> filters, SortOrder sort, int topN) throws IOException {
        CollectorManager<?, ? extends TopDocs> hits = collector(sort, topN);
        boolean sideways = gen.facetState(documents) != null && !filters.isEmpty();
        IndexSearcher searcher = gen.searcher(sideways ? null : deadline);
        DeadlineCollectorManager<?, ? extends TopDocs> limited = sideways && deadline != null
                ? new DeadlineCollectorManager<>(hits, deadline) : null;
        CollectorManager<?, ? extends TopDocs> used = limited == null ? hits : limited;
        if (gen.facetState(documents) == null) {
            TopDocs td = searcher.search(base, used);
            return new Outcome(td, td.totalHits.value(), null, searcher.timedOut());
        }
        DrillSideways ds = new ColumnCountingDrillSideways(searcher, schema.facetsConfig(documents), gen, documents);
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r = ds.search(
                (DrillDownQuery) drillDown(gen, documents, base, filters),
                used);
        boolean partial = searcher.timedOut() || (limited != null && limited.timedOut());
        return new Outcome(r.collectorResult, r.collectorResult.totalHits.value(), r.facets, partial);
    }

    /**
     * Drill sideways with the counts taken from the generation's {@link FacetColumns}: the same hits and
     * near-misses as Lucene's, each dimension with a selection counted on its sideways hits, the others on the
     * drill-down hits (as Lucene's own result does), without decoding doc values per hit.
     */
    private static final class ColumnCountingDrillSideways extends DrillSideways {
        private final SearcherGeneration gen;
        private final boolean documents;

        ColumnCountingDrillSideways(IndexSearcher searcher, FacetsConfig config, SearcherGeneration gen,
                                    boolean documents) {
            super(searcher, config, gen.facetState(documents));
            this.gen = gen;
            this.documents = documents;
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                           String[] drillSidewaysDims) throws IOException {
            FacetColumns columns = gen.facetColumns(documents);
            Facets down = drillDowns == null ? null : new ColumnFacets(columns, columns.count(drillDowns));
            if (drillSideways == null || drillSideways.length == 0) {
                return down;
            }
            Map<String, Facets> sideways = new java.util.HashMap<>();
            for (int i = 0; i < drillSideways.length; i++) {
                if (drillSideways[i] != null) {
                    sideways.put(drillSidewaysDims[i], new ColumnFacets(columns, columns.count(drillSideways[i])));
                }
            }
            return new MultiFacets(sideways, down);
        }
    }

    /** Exact count of {@code base} narrowed by all filters (no facets); used to vet did-you-mean corrections. */
    long count(SearcherGeneration gen, boolean documents, Query base, Map<String, List<String>> filters)
            throws IOException {
        return gen.searcher().count(drillDown(gen, documents, base, filters));
    }

    private Query drillDown(SearcherGeneration gen, boolean documents, Query base, Map<String, List<String>> filters) {
        return FilteredQueries.drillDown(schema, gen, documents, base, filters);
    }

    /**
     * A category id selects the whole category; a standard id selects [category, id]. A standard id that is
     * also a category id selects the category.
     */
    static String[] standardPath(SearcherGeneration gen, String value) {
        if (isCategory(value)) {
            return new String[] {value};
        }
        String category = gen.catalog().categoryOf(value);
        // unknown standard: a path that cannot exist, so the filter matches nothing rather than everything
        return new String[] {category == null ? "_unknown_" : category, value};
    }

    static boolean isCategory(String value) {
        return Arrays.stream(Category.values()).anyMatch(c -> c.id().equals(value));
    }

    private static CollectorManager<?, ? extends TopDocs> collector(SortOrder sort, int topN) {
        // Integer.MAX_VALUE as total-hits threshold: totals are exact, never "10,000+"
        return switch (sort) {
            case RELEVANCE -> new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE);
            case YEAR_DESC -> new TopFieldCollectorManager(yearSort(true), topN, null, Integer.MAX_VALUE);
            case YEAR_ASC -> new TopFieldCollectorManager(yearSort(false), topN, null, Integer.MAX_VALUE);
        };
    }

    private static Sort yearSort(boolean descending) {
        return new Sort(new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, descending), SortField.FIELD_SCORE);
    }
}
