package org.policyportal.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;

/**
 * The clauses of the parent documents {@code parentQuery} matches, each scored as its parent: a block join down
 * from parents to their clauses, which come just before them. Clause mode matches a document's title and issuing
 * body this way, since only parents hold those fields.
 *
 * <p>Why not Lucene's {@code ToChildBlockJoinQuery}: it gives no score bound, so a disjunction holding it (a word in
 * clause text, headings or the title) had to score every clause of every matching document. A clause's score is
 * its parent's, so the bound of the clauses up to a doc id is the parent query's bound up to that clause's parent
 * ({@link ParentScoredClauses}).
 *
 * <p>Parent-query matches that are not parents are ignored: in an index of schema version 5 clauses carried the
 * issuing body too, and such a clause is reached through its parent anyway.
 *
 * <p>Immutable; thread-safe.
 */
final class ParentScoredClausesQuery extends Query {

    private final Query parentQuery;
    private final BitSetProducer parents;

    ParentScoredClausesQuery(Query parentQuery, BitSetProducer parents) {
        this.parentQuery = Objects.requireNonNull(parentQuery, "parentQuery");
        this.parents = Objects.requireNonNull(parents, "parents");
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = parentQuery.rewrite(searcher);
        return rewritten == parentQuery ? super.rewrite(searcher) : new ParentScoredClausesQuery(rewritten, parents);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight parentWeight = parentQuery.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier parentScorers = parentWeight.scorerSupplier(context);
                BitSet bits = parentScorers == null ? null : parents.getBitSet(context);
                if (bits == null) {
                    return null;
                }
                // a parent's clauses: corpus-real has about 100 per policy
                long perParent = Math.max(1, context.reader().maxDoc() / Math.max(1, bits.approximateCardinality()));
                long cost = parentScorers.cost() * perParent;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new ParentScoredClauses(parentScorers.get(leadCost), bits, scoreMode.needsScores(),
                                cost);
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                BitSet bits = parents.getBitSet(context);
                if (bits == null || bits.get(doc)) {
                    return Explanation.noMatch("not a clause");
                }
                int parent = bits.nextSetBit(doc);
                if (parent == DocIdSetIterator.NO_MORE_DOCS) {
                    return Explanation.noMatch("no document after it");
                }
                Explanation p = parentWeight.explain(context, parent);
                return p.isMatch() ? Explanation.match(p.getValue(), "score of its document " + parent, p)
                        : Explanation.noMatch("its document does not match", p);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return parentWeight.isCacheable(context);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        parentQuery.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "ParentScoredClauses(" + parentQuery.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && parentQuery.equals(((ParentScoredClausesQuery) other).parentQuery)
                && parents.equals(((ParentScoredClausesQuery) other).parents);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + parentQuery.hashCode()) + parents.hashCode();
    }
}
