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
 * filtered dimension counts only in that dimension's sideways counts; others are skipped. Which filtered
 * dimensions each value set lacks is worked out once per search from the sets holding the selected values
 * ({@link FacetColumns#markSetsWith}). Hits are added to their sets' halves ({@link FacetColumns.Tally}), either
 * one by one or, where a set holds many documents, counted per set first ({@link #perSet}); the halves are
 * expanded to values when the slices are merged, a filtered dimension's sideways counts to its own values only.
 * This is what Lucene's {@code DrillSideways} computes, but the filters are checked with a few array reads per hit
 * instead of walking each filter's postings beside the query (JFR at 100,000 documents:
 * DrillSidewaysScorer.doUnionScoring 28 % of search CPU), and no per-hit doc id sets are built for counting
 * afterwards. Given a top-hits manager that needs no scores and collects nothing ({@link FacetedSearch}'s
 * count-only one), it only counts. Only the dimensions the caller will read are counted in full: a half of the
 * value sets that none of them lives in is not tallied, nor are the near misses of a filter nobody reads.
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

    /** Documents per value set from which hits are counted per set ({@link #perSet}). */
    private static final int PER_SET_FROM = 8;

    private final FacetColumns columns;
    private final CollectorManager<C, ? extends TopDocs> top;
    private final List<String> dims;
    /** The dimensions whose counts are read: the tallies leave out the halves and sideways hits of the others. */
    private final List<String> counted;
    private final int full;
    /** The filtered dimensions among {@link #counted} (bits): only their near misses are tallied. */
    private final int countedFilters;
    /**
     * Per value set, the filtered dimensions it lacks (bits); null without filters. Worked out up front: at 100,000
     * documents a set holds 2.7 parents on average (36,573 sets), so working it out lazily on a set's first hit read
     * the values of most hits (JFR: 6-8 % of search CPU); marking only the sets that hold a selected value reads
     * each of those once.
     */
    private final int[] missingOf;
    /**
     * Whether hits are counted per value set and the sets' counts added to their halves once per search, or each
     * hit added to its halves directly. A search costs a pass over all sets the first way, and per hit two more
     * array increments the second; the pass pays when there are many more documents than sets. In-process CPU per
     * query (bench/InterleavedCpu), adding to halves against counting sets: documents at 100,000 (2.7 parents per
     * set) 0.94-0.95, at 20,000 0.98; clauses at 100,000 (35 clauses per set) 1.03.
     */
    private final boolean perSet;

    /**
     * @param selected per filtered dimension (in bit order), the global ordinals of its selected values; a
     *                 dimension whose values no document has gets an empty array and matches nothing
     * @param counted  the dimensions whose counts the caller reads; the others' may come out as 0
     */
    SinglePassFacets(FacetColumns columns, CollectorManager<C, ? extends TopDocs> top, List<String> dims,
                     List<int[]> selected, Collection<String> counted) {
        this(columns, top, dims, selected, counted, columns.rows() >= PER_SET_FROM * (long) columns.sets());
    }

    /** As above, counting per value set or per half as {@code perSet} says (tests compare the two). */
    SinglePassFacets(FacetColumns columns, CollectorManager<C, ? extends TopDocs> top, List<String> dims,
                     List<int[]> selected, Collection<String> counted, boolean perSet) {
        if (dims.size() > 31 || dims.size() != selected.size()) {
            throw new IllegalArgumentException("one ordinal array per filtered dimension, at most 31");
        }
        this.columns = columns;
        this.top = top;
        this.dims = List.copyOf(dims);
        this.counted = List.copyOf(counted);
        this.full = (1 << dims.size()) - 1;
        int wanted = 0;
        for (int d = 0; d < dims.size(); d++) {
            wanted |= counted.contains(dims.get(d)) ? 1 << d : 0;
        }
        this.countedFilters = wanted;
        this.missingOf = full == 0 ? null : missingPerSet(columns, selected, full);
        this.perSet = perSet;
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
        FacetColumns.Tally results = null;
        FacetColumns.Tally[] lacking = new FacetColumns.Tally[dims.size()];
        for (Counting c : collectors) {
            tops.add(c.top);
            total += c.total;
            c.spill();
            results = merged(results, c.results);
            for (int d = 0; d < lacking.length; d++) {
                lacking[d] = merged(lacking[d], c.lacking[d]);
            }
        }
        int[] hits = results == null ? new int[columns.size()] : results.counts();
        Facets down = new ColumnFacets(columns, hits);
        Facets facets = down;
        if (!dims.isEmpty()) {
            Map<String, Facets> sideways = new HashMap<>();
            for (int d = 0; d < dims.size(); d++) {
                if ((countedFilters & (1 << d)) == 0) {
                    continue;   // not read: MultiFacets would answer it from the results' counts
                }
                // a dimension's sideways hits: the results plus the hits missing only that dimension; only that
                // dimension's counts are read from them (MultiFacets asks each dimension's own Facets)
                int[] side = lacking[d] == null ? new int[columns.size()] : lacking[d].counts(dims.get(d));
                add(side, hits);
                sideways.put(dims.get(d), new ColumnFacets(columns, side));
            }
            facets = new MultiFacets(sideways, down);
        }
        return new Result(top.reduce(tops), total, facets);
    }

    /** {@code a} with {@code b} added into it, whichever is not null (null when both are). */
    private static FacetColumns.Tally merged(FacetColumns.Tally a, FacetColumns.Tally b) {
        if (a == null) {
            return b;
        }
        if (b != null) {
            a.addAll(b);
        }
        return a;
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Counts of one slice, per half of a value set; not thread-safe. */
    final class Counting implements Collector {
        private final C top;
        /** Per value set, hits that are results or near misses (which, {@link #missingOf} tells); null per half. */
        private final int[] hitsPerSet = perSet ? new int[columns.sets()] : null;
        /** The results' value sets, and per filtered dimension those of the hits missing only it (lazily made). */
        private final FacetColumns.Tally results = columns.tally(counted);
        private final FacetColumns.Tally[] lacking = new FacetColumns.Tally[dims.size()];
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
                    } else if ((missing & (missing - 1)) != 0 || (missing & countedFilters) == 0) {
                        return;   // misses two filters, or one whose sideways counts are not read
                    }
                    if (set < 0) {
                        return;
                    }
                    if (hitsPerSet != null) {
                        hitsPerSet[set]++;
                    } else if (missing == 0) {
                        results.add(set, 1);
                    } else {
                        lacking(Integer.numberOfTrailingZeros(missing)).add(set, 1);
                    }
                }
            };
        }

        /** Adds the hits counted per set to the tallies: a set's go to the results or to the one dimension it lacks. */
        void spill() {
            if (hitsPerSet == null) {
                return;
            }
            for (int set = 0; set < hitsPerSet.length; set++) {
                int n = hitsPerSet[set];
                if (n > 0) {
                    int missing = full == 0 ? 0 : missingOf[set];
                    if (missing == 0) {
                        results.add(set, n);
                    } else {
                        lacking(Integer.numberOfTrailingZeros(missing)).add(set, n);
                    }
                }
            }
        }

        private FacetColumns.Tally lacking(int d) {
            FacetColumns.Tally t = lacking[d];
            if (t == null) {
                t = columns.tally(List.of(dims.get(d)));
                lacking[d] = t;
            }
            return t;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
