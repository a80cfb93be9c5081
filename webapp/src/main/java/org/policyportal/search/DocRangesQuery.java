package org.policyportal.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the index documents in given ranges of (top-level) doc ids, with a constant score: the clauses of a result
 * page's documents, which the block layout keeps in one run just before each parent. Valid only for the reader the
 * ids come from. A segment without a range gets no scorer, so a conjunction led by this query builds no other scorer
 * there.
 *
 * <p>Why: choosing snippets used to find a page's clauses through their document ids (a term lookup per id and
 * segment) and a clause-type filter, although the block gives their doc ids directly.
 *
 * <p>Immutable; thread-safe. Not cached: each page has its own ranges.
 */
final class DocRangesQuery extends Query {

    /** Range {@code i} is {@code [from[i], to[i])}; sorted, not overlapping. */
    private final int[] from;
    private final int[] to;

    private DocRangesQuery(int[] from, int[] to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param from inclusive starts
     * @param to   exclusive ends, {@code to[i] >= from[i]}; ranges may come in any order but must not overlap, and
     *             empty ones are dropped
     */
    static DocRangesQuery of(int[] from, int[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("one end per start");
        }
        Integer[] order = new Integer[from.length];
        for (int i = 0; i < order.length; i++) {
            if (to[i] < from[i]) {
                throw new IllegalArgumentException("range ends before it starts: " + from[i] + ".." + to[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(from[a], from[b]));
        int[] f = new int[order.length];
        int[] t = new int[order.length];
        int n = 0;
        for (int i : order) {
            if (from[i] == to[i]) {
                continue;
            }
            if (n > 0 && from[i] < t[n - 1]) {
                throw new IllegalArgumentException("ranges overlap at " + from[i]);
            }
            f[n] = from[i];
            t[n++] = to[i];
        }
        return new DocRangesQuery(Arrays.copyOf(f, n), Arrays.copyOf(t, n));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int base = context.docBase;
                int end = base + context.reader().maxDoc();
                int first = 0;
                while (first < from.length && to[first] <= base) {
                    first++;
                }
                int last = first;
                while (last < from.length && from[last] < end) {
                    last++;
                }
                if (first == last) {
                    return null;
                }
                int[] f = new int[last - first];
                int[] t = new int[last - first];
                long cost = 0;
                for (int i = first; i < last; i++) {
                    f[i - first] = Math.max(from[i], base) - base;
                    t[i - first] = Math.min(to[i], end) - base;
                    cost += t[i - first] - f[i - first];
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new Ranges(f, t, cost)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        StringBuilder s = new StringBuilder("DocRanges(");
        for (int i = 0; i < from.length; i++) {
            s.append(i == 0 ? "" : " ").append(from[i]).append("..").append(to[i]);
        }
        return s.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(from, ((DocRangesQuery) other).from)
                && Arrays.equals(to, ((DocRangesQuery) other).to);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + Arrays.hashCode(from)) + Arrays.hashCode(to);
    }

    /** The docs of sorted, disjoint segment-local ranges, in order. Not thread-safe. */
    private static final class Ranges extends DocIdSetIterator {
        private final int[] from;
        private final int[] to;
        private final long cost;
        private int range;
        private int doc = -1;

        Ranges(int[] from, int[] to, long cost) {
            this.from = from;
            this.to = to;
            this.cost = cost;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            while (range < from.length && to[range] <= target) {
                range++;
            }
            doc = range == from.length ? NO_MORE_DOCS : Math.max(target, from[range]);
            return doc;
        }

        @Override
        public long cost() {
            return cost;
        }
    }
}
