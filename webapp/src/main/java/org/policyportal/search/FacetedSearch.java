package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
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
 * filters and counts are applied in one pass over the base query's hits ({@link SinglePassFacets}). On large
 * indexes that pass scores nothing and the page of best hits is a second search of the filtered query that skips
 * what cannot reach the page ({@link #TWO_PASSES_FROM}).
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

    /**
     * From this many documents of the searched kind on, facets are counted without scores and the page is a second,
     * pruned search. Scoring every hit cost as much as matching and counting it at 100,000 documents (3.5 of 6.5 ms
     * per document query, 7 of 12 ms per clause query); on the real corpus's 1,642 documents the second search cost
     * more than it saved (5 %), on its 171,000 clauses it saved 8 %. Since phrases filter on word pairs and page
     * reading got cheaper, one pass costs less per document query at 20,000 documents (0.85-0.92 of two passes,
     * in-process) and the same at 50,000 (0.95-1.01) and 100,000 (0.99-1.02), so the line moved from 10,000 to
     * 50,000 (2026-11-29).
     */
    static final int TWO_PASSES_FROM = 50_000;
    private static final TopDocs EMPTY = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    private final IndexSchema schema;
    private final int twoPassesFrom;

    FacetedSearch(IndexSchema schema) {
        this(schema, TWO_PASSES_FROM);
    }

    /** @param twoPassesFrom documents of the searched kind from which counting and ranking are separate searches */
    FacetedSearch(IndexSchema schema, int twoPassesFrom) {
        this.schema = schema;
        this.twoPassesFrom = twoPassesFrom;
    }

    /**
     * @param documents whether {@code base} matches parent documents (else clauses): whose facet values to count
     * @param deadline  when to give up (results so far are returned, marked partial), null for never
     * @param parallel  whether to search slices of the index side by side ({@link SearcherGeneration#searcher(
     *                  QueryTimeout, boolean)})
     * @param counted   the dimensions whose counts will be read; the others' may be left uncounted
     */
    Outcome search(SearcherGeneration gen, boolean documents, QueryTimeout deadline, boolean parallel, Query base,
                   Map<String, List<String>> filters, Collection<String> counted, SortOrder sort, int topN)
            throws IOException {
        return search(gen, documents, gen.searcher(deadline, parallel), base, filters, counted, sort, topN);
    }

    private Outcome search(SearcherGeneration gen, boolean documents, IndexSearcher searcher, Query base,
                           Map<String, List<String>> filters, Collection<String> counted, SortOrder sort, int topN)
            throws IOException {
        FacetColumns columns = gen.facetColumns(documents);
        if (columns == null) {
            TopDocs td = searcher.search(base, collector(sort, topN, false));
            return new Outcome(td, td.totalHits.value(), null, searcher.timedOut());
        }
        Selection sel = selection(gen, columns, filters, counted);
        if (columns.rows() < twoPassesFrom) {
            SinglePassFacets.Result r = searcher.search(base, new SinglePassFacets<>(columns,
                    collector(sort, topN, false), sel.dims(), sel.selected(), sel.counted()));
            return new Outcome(r.topDocs(), r.total(), r.facets(), searcher.timedOut());
        }
        SinglePassFacets.Result counts = countPass(searcher, columns, base, sel);
        // the page may skip hits that cannot reach it: the exact total is the count above
        TopDocs page = counts.total() == 0 && !searcher.timedOut() ? EMPTY
                : pagePass(searcher, gen, documents, base, filters, sort, topN);
        return new Outcome(page, counts.total(), counts.facets(), searcher.timedOut());
    }

    /** What a caller makes of the page of hits (snippets, highlighting), while the counts may still be running. */
    @FunctionalInterface
    interface PageReader<T> {
        T read(TopDocs page) throws IOException;
    }

    /** What the {@link PageReader} made of the page, with the total, facets and partiality of an {@link Outcome}. */
    record Read<T>(T page, long total, Facets facets, boolean partial) {
    }

    /**
     * {@link #search}, then {@code reader} on the page. When a document search runs {@code alone} on a generation
     * with a {@linkplain SearcherGeneration#sideExecutor() side executor} and takes two passes, the counting pass
     * runs on that executor while this thread ranks and reads the page: the two are independent, and reading a page
     * of documents (best clauses, snippets) is 28 % of the search's CPU (JFR, 100,000 documents), which slicing the
     * passes left on one thread. In-process with two threads at 100,000 documents: 0.87-0.94 of the sliced
     * search's time per document query. A page of clauses is cheap to read and counting clauses is most of their
     * search, so there the sliced count is faster (overlapped: 1.01-1.06).
     */
    <T> Read<T> searchAndRead(SearcherGeneration gen, boolean documents, QueryTimeout deadline, boolean alone,
                              Query base, Map<String, List<String>> filters, Collection<String> counted,
                              SortOrder sort, int topN, PageReader<T> reader) throws IOException {
        FacetColumns columns = gen.facetColumns(documents);
        Executor side = alone && documents ? gen.sideExecutor() : null;
        if (side == null || columns == null || columns.rows() < twoPassesFrom) {
            Outcome o = search(gen, documents, deadline, alone, base, filters, counted, sort, topN);
            return new Read<>(reader.read(o.topDocs()), o.total(), o.facets(), o.partial());
        }
        Selection sel = selection(gen, columns, filters, counted);
        // each pass has its own searcher: Lucene keeps the "timed out" flag per searcher
        IndexSearcher countSearcher = gen.searcher(deadline, false);
        // the page still in slices: the pool's other thread is free while one counts (in-process at 100,000
        // documents, the whole search took 0.97 of its time with an unsliced page)
        IndexSearcher pageSearcher = gen.searcher(deadline, true);
        SideBySide.Both<SinglePassFacets.Result, T> both = SideBySide.run(side,
                () -> countPass(countSearcher, columns, base, sel),
                () -> reader.read(pagePass(pageSearcher, gen, documents, base, filters, sort, topN)));
        SinglePassFacets.Result counts = both.aside();
        return new Read<>(both.here(), counts.total(), counts.facets(),
                countSearcher.timedOut() || pageSearcher.timedOut());
    }

    /**
     * The filtered dimensions and, per dimension, the global ordinals of its selected values; and the dimensions
     * whose counts will be read.
     */
    private record Selection(List<String> dims, List<int[]> selected, Collection<String> counted) {
    }

    private static Selection selection(SearcherGeneration gen, FacetColumns columns,
                                       Map<String, List<String>> filters, Collection<String> counted) {
        List<String> dims = new ArrayList<>();
        List<int[]> selected = new ArrayList<>();
        filters.forEach((dim, values) -> {
            dims.add(dim);
            selected.add(values.stream().mapToInt(v -> columns.ordinal(fullPath(gen, dim, v))).filter(o -> o >= 0)
                    .toArray());
        });
        return new Selection(dims, selected, counted);
    }

    private static SinglePassFacets.Result countPass(IndexSearcher searcher, FacetColumns columns, Query base,
                                                     Selection sel) throws IOException {
        return searcher.search(base, new SinglePassFacets<>(columns, CountOnly.INSTANCE, sel.dims(), sel.selected(),
                sel.counted()));
    }

    private TopDocs pagePass(IndexSearcher searcher, SearcherGeneration gen, boolean documents, Query base,
                             Map<String, List<String>> filters, SortOrder sort, int topN) throws IOException {
        return searcher.search(drillDown(gen, documents, base, filters), collector(sort, topN, true));
    }

    /** The facet path of a filter value, dimension first. */
    private static String[] fullPath(SearcherGeneration gen, String dim, String value) {
        String[] path = dim.equals(IndexSchema.DIM_STANDARD) ? standardPath(gen, value) : new String[] {value};
        String[] full = new String[path.length + 1];
        full[0] = dim;
        System.arraycopy(path, 0, full, 1, path.length);
        return full;
    }

    /**
     * The best {@code topN} hits of {@code base} narrowed by all filters, in the order {@link #search} pages them,
     * with the exact total and no facets: a whole export's ranking in one search.
     */
    Outcome rank(SearcherGeneration gen, boolean documents, QueryTimeout deadline, Query base,
                 Map<String, List<String>> filters, SortOrder sort, int topN) throws IOException {
        IndexSearcher searcher = gen.searcher(deadline, false);
        TopDocs td = searcher.search(drillDown(gen, documents, base, filters), collector(sort, topN, false));
        return new Outcome(td, td.totalHits.value(), null, searcher.timedOut());
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
     * The best {@code topN} hits. {@code pruned}: the total is counted elsewhere, so the collector may skip hits that
     * cannot reach the page (block-max pruning: the total-hits threshold is {@code topN}); otherwise the threshold
     * is {@link Integer#MAX_VALUE} and the total exact, never "10,000+".
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

    /** Collects nothing and needs no scores: the top-hits side of a counting-only {@link SinglePassFacets}. */
    private enum CountOnly implements CollectorManager<Collector, TopDocs> {
        INSTANCE;

        @Override
        public Collector newCollector() {
            return new SimpleCollector() {
                @Override
                public void collect(int doc) {
                    // counting happens in SinglePassFacets
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public TopDocs reduce(Collection<Collector> collectors) {
            return EMPTY;
        }
    }
}
