package org.policyportal.search;

import java.io.IOException;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * The scorer of {@link ParentScoredClausesQuery} in one segment: walks the matching parents and, for each, the
 * clauses of its block (the docs after the previous parent), scoring each clause with its parent's score.
 *
 * <p>Score bounds come from the parent scorer: the clauses up to doc {@code d} belong to parents up to the first
 * parent at or after {@code d}, and a minimum competitive score is passed on, since a clause scores what its parent
 * does.
 *
 * <p>Not thread-safe (one per search and segment).
 */
final class ParentScoredClauses extends Scorer {

    private static final int BATCH = 64;

    private final Scorer parentScorer;
    private final DocIdSetIterator parentIt;
    private final BitSet parentBits;
    private final boolean scores;
    private final long cost;
    private final DocIdSetIterator iterator = new Clauses();
    private int doc = -1;
    /** The parent of the current clause's block; -1 before the first. */
    private int parent = -1;
    private float parentScore;

    ParentScoredClauses(Scorer parentScorer, BitSet parentBits, boolean scores, long cost) {
        this.parentScorer = parentScorer;
        this.parentIt = parentScorer.iterator();
        this.parentBits = parentBits;
        this.scores = scores;
        this.cost = cost;
    }

    @Override
    public int docID() {
        return doc;
    }

    @Override
    public float score() {
        return parentScore;
    }

    @Override
    public DocIdSetIterator iterator() {
        return iterator;
    }

    /** Clause after clause of the matching parents' blocks. */
    private final class Clauses extends DocIdSetIterator {
        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) throws IOException {
            if (target < parent) {
                return doc = target;   // still in the current block (target > doc, and doc is a clause of it)
            }
            if (target >= parentBits.length()) {
                return doc = NO_MORE_DOCS;
            }
            int p = parentIt.docID() >= target ? parentIt.docID() : parentIt.advance(target);
            while (p != NO_MORE_DOCS) {
                if (parentBits.get(p)) {
                    int first = p == 0 ? 0 : parentBits.prevSetBit(p - 1) + 1;
                    int start = Math.max(first, target);
                    if (start < p) {
                        parent = p;
                        parentScore = scores ? parentScorer.score() : 0f;
                        return doc = start;
                    }
                }
                p = parentIt.nextDoc();   // a parent without clauses here, or not a parent (see the query)
            }
            parent = NO_MORE_DOCS;
            return doc = NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return cost;
        }
    }

    /**
     * Up to {@value #BATCH} live clauses from the current one, below {@code upTo} and in one block, with their
     * score; none only when the current clause is at or past {@code upTo}. Disjunctions over whole result sets
     * (facet counting visits every hit) take hits in batches; the default walks one clause at a time through the
     * iterator, where a block's clauses are one run with one score.
     */
    @Override
    public void nextDocsAndScores(int upTo, Bits liveDocs, DocAndFloatFeatureBuffer buffer) throws IOException {
        buffer.growNoCopy(BATCH);
        int n = 0;
        while (n == 0 && doc < upTo) {   // empty only at upTo, even when deleted clauses fill a run
            int end = (int) Math.min(Math.min(upTo, parent), (long) doc + BATCH);
            for (int d = doc; d < end; d++) {
                if (liveDocs == null || liveDocs.get(d)) {
                    buffer.docs[n] = d;
                    buffer.features[n++] = parentScore;
                }
            }
            iterator.advance(end);
        }
        buffer.size = n;
    }

    /** The parent of the block holding {@code target}: the first parent at or after it. */
    private int parentOf(int target) {
        return target >= parentBits.length() ? DocIdSetIterator.NO_MORE_DOCS : parentBits.nextSetBit(target);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
        // the parent scorer's bound holds up to a parent doc id; every clause before that parent is covered too
        return parentScorer.advanceShallow(Math.max(parentOf(target), parentIt.docID()));
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
        return parentScorer.getMaxScore(parentOf(upTo));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
        parentScorer.setMinCompetitiveScore(minScore);
    }
}
