package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;

/**
 * Drill-sideways faceting in one pass over the hits of the base query (text, type and years, without the facet
 * filters), reading each hit's facet values from {@link FacetColumns}: a hit with a value selected in every
 * filtered dimension is a result (collected for the page, counted in every dimension); a hit missing exactly one
 * filtered dimension counts only in that dimension's sideways counts; others are skipped. Hits are counted per
 * value set, and which filtered dimensions each set lacks is worked out once per search from the sets holding the
 * selected values ({@link FacetColumns#markSetsWith}); the sets are expanded to values when the slices are merged
 * ({@link FacetColumns.Tally}).
 * This is what Lucene's {@code DrillSideways} computes, but the filters are checked with a few array reads per hit
 * instead of walking each filter's postings beside the query (JFR at 100,000 documents:
 * DrillSidewaysScorer.doUnionScoring 28 % of search CPU), and no per-hit doc id sets are built for counting
 * afterwards. Given a top-hits manager that needs no scores and collects nothing ({@link FacetedSearch}'s
 * count-only one), it only counts.
 *
 * <p>Values within a dimension are OR'ed, dimensions AND'ed; a selected value no document has matches nothing.
 * At most 31 filtered dimensions (there are nine). One instance per search; collectors are not thread-safe, the
 * manager reduces them.
 *
 * @param <C> collector type of the wrapped top-hits manager
 */
final class SinglePassFacets<C extends Collector> implements CollectorManager<SinglePassFacets<C>.Counting,
        SinglePassFacets.Result> {

    /** The page's hits (from the wrapped manager), the exact number of results and the facet counts. */
    record Result(TopDocs topDocs, long total, Facets facets) {
    }

    private final FacetColumns columns;
    private final CollectorManager<C, ? extends TopDocs> top;
    private final List<String> dims;
    private final int full;
    /**
     * Per value set, the filtered dimensions it lacks (bits); null without filters. Worked out up front: at 100,000
     * documents a set holds 2.7 parents on average (36,573 sets), so working it out lazily on a set's first hit read
     * the values of most hits (JFR: 6-8 % of search CPU); marking only the sets that hold a selected value reads
     * each of those once.
     */
    private final int[] missingOf;

    /**
     * @param selected per filtered dimension (in bit order), the global ordinals of its selected values; a
     *                 dimension whose values no document has gets an empty array and matches nothing
     */
    SinglePassFacets(FacetColumns columns, CollectorManager<C, ? extends TopDocs> top, List<String> dims,
                     List<int[]> selected) {
        if (dims.size() > 31 || dims.size() != selected.size()) {
            throw new IllegalArgumentException("one ordinal array per filtered dimension, at most 31");
        }
        this.columns = columns;
        this.top = top;
        this.dims = List.copyOf(dims);
        this.full = (1 << dims.size()) - 1;
        this.missingOf = full == 0 ? null : missingPerSet(columns, selected, full);
    }

    private static int[] missingPerSet(FacetColumns columns, List<int[]> selected, int full) {
        int[] has = new int[columns.sets()];
        for (int d = 0; d < selected.size(); d++) {
            for (int o : selected.get(d)) {
                columns.markSetsWith(o, 1 << d, has);
            }
        }
        for (int set = 0; set < has.length; set++) {
            has[set] = full & ~has[set];
        }
        return has;
    }

    @Override
    public Counting newCollector() throws IOException {
        return new Counting(top.newCollector());
    }

    @Override
    public Result reduce(Collection<Counting> collectors) throws IOException {
        List<C> tops = new ArrayList<>();
        long total = 0;
        // slices' counts summed per set first, so that a set seen in several slices is expanded once
        int[] perSet = null;
        for (Counting c : collectors) {
            tops.add(c.top);
            total += c.total;
            if (perSet == null) {
                perSet = c.perSet;
                continue;
            }
            for (int set = 0; set < perSet.length; set++) {
                perSet[set] += c.perSet[set];
            }
        }
        // a set's hits go to the results or to the one dimension it lacks
        FacetColumns.Tally results = columns.tally();
        FacetColumns.Tally[] lacking = new FacetColumns.Tally[dims.size()];
        for (int set = 0; perSet != null && set < perSet.length; set++) {
            int n = perSet[set];
            if (n > 0) {
                int missing = full == 0 ? 0 : missingOf[set];
                if (missing == 0) {
                    results.add(set, n);
                } else {
                    int d = Integer.numberOfTrailingZeros(missing);
                    if (lacking[d] == null) {
                        lacking[d] = columns.tally();
                    }
                    lacking[d].add(set, n);
                }
            }
        }
        int[] hits = results.counts();
        Facets down = new ColumnFacets(columns, hits);
        Facets facets = down;
        if (!dims.isEmpty()) {
            Map<String, Facets> sideways = new HashMap<>();
            for (int d = 0; d < dims.size(); d++) {
                // a dimension's sideways hits: the results plus the hits missing only that dimension
                int[] side = lacking[d] == null ? new int[columns.size()] : lacking[d].counts();
                add(side, hits);
                sideways.put(dims.get(d), new ColumnFacets(columns, side));
            }
            facets = new MultiFacets(sideways, down);
        }
        return new Result(top.reduce(tops), total, facets);
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Counts of one slice, per value set; not thread-safe. */
    final class Counting implements Collector {
        private final C top;
        /** Per value set, hits that are results or near misses (which, {@link #missingOf} tells). */
        private final int[] perSet = new int[columns.sets()];
        private long total;

        Counting(C top) {
            this.top = top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector inner = top.getLeafCollector(context);
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    inner.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int set = columns.setOf(base + doc);
                    int missing = set < 0 ? full : full == 0 ? 0 : missingOf[set];
                    if (missing == 0) {
                        total++;
                        inner.collect(doc);
                    } else if ((missing & (missing - 1)) != 0) {
                        return;
                    }
                    if (set >= 0) {
                        perSet[set]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
