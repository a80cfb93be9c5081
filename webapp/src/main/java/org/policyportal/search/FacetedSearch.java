package org.policyportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
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

    private final FacetsConfig config;

    FacetedSearch(FacetsConfig config) {
        this.config = config;
    }

    /**
     * @param deadline when to give up, null for never. Without filters the searcher's own timeout applies (it
     *                 also bounds work between hits); drill-sideways scoring must see whole segments, so with
     *                 filters the hit collector checks the deadline instead.
     */
    Outcome search(SearcherGeneration gen, QueryTimeout deadline, Query base, Map<String, List<String>> filters,
                   SortOrder sort, int topN) throws IOException {
        CollectorManager<?, ? extends TopDocs> hits = collector(sort, topN);
        boolean sideways = gen.facetState() != null && !filters.isEmpty();
        IndexSearcher searcher = gen.searcher(sideways ? null : deadline);
        DeadlineCollectorManager<?, ? extends TopDocs> limited = sideways && deadline != null
                ? new DeadlineCollectorManager<>(hits, deadline) : null;
        CollectorManager<?, ? extends TopDocs> used = limited == null ? hits : limited;
        if (gen.facetState() == null) {
            TopDocs td = searcher.search(base, used);
            return new Outcome(td, td.totalHits.value(), null, searcher.timedOut());
        }
        DrillSideways ds = new DrillSideways(searcher, config, gen.facetState());
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r = ds.search(drillDown(gen, base, filters),
                used);
        boolean partial = searcher.timedOut() || (limited != null && limited.timedOut());
        return new Outcome(r.collectorResult, r.collectorResult.totalHits.value(), r.facets, partial);
    }

    /** Exact count of {@code base} narrowed by all filters (no facets); used to vet did-you-mean corrections. */
    long count(SearcherGeneration gen, Query base, Map<String, List<String>> filters) throws IOException {
        return gen.searcher().count(gen.facetState() == null ? base : drillDown(gen, base, filters));
    }

    private DrillDownQuery drillDown(SearcherGeneration gen, Query base, Map<String, List<String>> filters) {
        return (DrillDownQuery) FilteredQueries.drillDown(config, gen, base, filters);
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
