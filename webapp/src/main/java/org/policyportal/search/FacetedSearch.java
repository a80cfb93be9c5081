package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.policyportal.index.IndexSchema;
import org.policyportal.standards.Category;

/**
 * Runs a filtered query with drill-sideways facet counts: values within a dimension are OR'ed, dimensions AND'ed,
 * and each dimension with a selection is counted as if its own selection were removed. Totals are exact. The
 * filters and counts are applied in one pass over the base query's hits without scores ({@link SinglePassFacets});
 * the page of best hits is a second search of the filtered query that skips what cannot reach the page.
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

    private static final TopDocs EMPTY = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    private final IndexSchema schema;

    FacetedSearch(IndexSchema schema) {
        this.schema = schema;
    }

    /**
     * @param documents whether {@code base} matches parent documents (else clauses): whose facet values to count
     * @param deadline  when to give up (results so far are returned, marked partial), null for never
     */
    Outcome search(SearcherGeneration gen, boolean documents, QueryTimeout deadline, Query base,
                   Map<String, List<String>> filters, SortOrder sort, int topN) throws IOException {
        return search(gen, documents, gen.searcher(deadline), base, filters,
                collector(sort, topN, gen.facetState(documents) != null));
    }

    private <C extends Collector> Outcome search(SearcherGeneration gen, boolean documents, IndexSearcher searcher,
                                                 Query base, Map<String, List<String>> filters,
                                                 CollectorManager<C, ? extends TopDocs> hits) throws IOException {
        FacetColumns columns = gen.facetColumns(documents);
        if (columns == null) {
            TopDocs td = searcher.search(base, hits);
            return new Outcome(td, td.totalHits.value(), null, searcher.timedOut());
        }
        List<String> dims = new ArrayList<>();
        List<int[]> selected = new ArrayList<>();
        filters.forEach((dim, values) -> {
            dims.add(dim);
            selected.add(values.stream().mapToInt(v -> columns.ordinal(fullPath(gen, dim, v))).filter(o -> o >= 0)
                    .toArray());
        });
        SinglePassFacets.Result counts = searcher.search(base, new SinglePassFacets(columns, dims, selected));
        // The page comes from a second search that may skip hits which cannot reach it (the collectors' total-hits
        // threshold is the page's end, not "exact"): the exact total is the count above.
        TopDocs page = counts.total() == 0 && !searcher.timedOut() ? EMPTY
                : searcher.search(drillDown(gen, documents, base, filters), hits);
        return new Outcome(page, counts.total(), counts.facets(), searcher.timedOut());
    }

    /** The facet path of a filter value, dimension first. */
    private static String[] fullPath(SearcherGeneration gen, String dim, String value) {
        String[] path = dim.equals(IndexSchema.DIM_STANDARD) ? standardPath(gen, value) : new String[] {value};
        String[] full = new String[path.length + 1];
        full[0] = dim;
        System.arraycopy(path, 0, full, 1, path.length);
        return full;
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

    /**
     * The best {@code topN} hits. With facets the total is counted separately, so the collectors may skip hits that
     * cannot reach the page (block-max pruning: the total-hits threshold is {@code topN}); without facets (an empty
     * index) the threshold is {@link Integer#MAX_VALUE} so that their total is exact, never "10,000+".
     */
    private static CollectorManager<?, ? extends TopDocs> collector(SortOrder sort, int topN, boolean pruned) {
        int threshold = pruned ? topN : Integer.MAX_VALUE;
        return switch (sort) {
            case RELEVANCE -> new TopScoreDocCollectorManager(topN, null, threshold);
            case YEAR_DESC -> new TopFieldCollectorManager(yearSort(true), topN, null, threshold);
            case YEAR_ASC -> new TopFieldCollectorManager(yearSort(false), topN, null, threshold);
        };
    }

    private static Sort yearSort(boolean descending) {
        return new Sort(new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, descending), SortField.FIELD_SCORE);
    }
}
