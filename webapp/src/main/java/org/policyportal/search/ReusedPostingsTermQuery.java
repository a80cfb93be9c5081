package org.policyportal.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOSupplier;

/**
 * A term query for the highlighter's one weight per call ({@link SharedWeightHighlighter}): its matches for
 * successive documents of a segment come from one postings enum, advanced from document to document, where
 * {@link TermQuery}'s open a new enum and seek the term for every document (JFR at 20,000 documents, 2 clients:
 * about 4 % of serving CPU in opening them). It matches and scores exactly as the term query it wraps.
 *
 * <p>The highlighter asks for its documents in ascending order; a document before the enum's position gets a fresh
 * enum, so any order gives the same matches. Not thread-safe: a weight of this query serves one highlighting call
 * on one thread, and each document's matches must be read before the next document's are asked for.
 */
final class ReusedPostingsTermQuery extends Query {

    private final TermQuery term;

    private ReusedPostingsTermQuery(TermQuery term) {
        this.term = term;
    }

    /** {@code query} with each term query, inside boolean and boost queries, wrapped; other queries as they are. */
    static Query wrapTerms(Query query) {
        return TermQueryWalk.map(query, ReusedPostingsTermQuery::new);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        TermStates given = term.getTermStates();
        TermStates states = given != null && given.wasBuiltFor(searcher.getTopReaderContext()) ? given
                : TermStates.build(searcher, term.getTerm(), scoreMode.needsScores());
        // the states looked up once serve both the term query's own weight and the enums opened here
        Weight inner = new TermQuery(term.getTerm(), states).createWeight(searcher, scoreMode, boost);
        return new ReusingWeight(this, inner, states);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        term.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return term.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((ReusedPostingsTermQuery) other).term);
    }

    @Override
    public int hashCode() {
        return classHash() ^ term.hashCode();
    }

    /** The wrapped term query's weight, with matches from one postings enum per segment. */
    private final class ReusingWeight extends FilterWeight {
        private final TermStates states;
        private LeafReaderContext context;
        private PostingsEnum postings;
        private boolean absent;

        ReusingWeight(Query query, Weight inner, TermStates states) {
            super(query, inner);
            this.states = states;
        }

        @Override
        public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
            if (leaf != context || (postings != null && postings.docID() > doc)) {
                context = leaf;
                postings = null;
                absent = !open(leaf);
            }
            if (absent) {
                return null;
            }
            int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
            if (at != doc) {
                return null;
            }
            PostingsEnum pe = postings;
            return MatchesUtils.forField(term.getTerm().field(), () -> new Positions(term, pe));
        }

        /** Positions the enum on the term in {@code leaf}; false when the segment does not have the term. */
        private boolean open(LeafReaderContext leaf) throws IOException {
            IOSupplier<TermState> supplier = states.get(leaf);
            TermState state = supplier == null ? null : supplier.get();
            Terms terms = leaf.reader().terms(term.getTerm().field());
            if (state == null || terms == null) {
                return false;
            }
            TermsEnum te = terms.iterator();
            te.seekExact(term.getTerm().bytes(), state);
            postings = te.postings(null, PostingsEnum.OFFSETS);
            return true;
        }
    }

    /** The positions of the term in the enum's current document, as {@link TermQuery}'s matches give them. */
    private static final class Positions implements MatchesIterator {
        private final Query query;
        private final PostingsEnum pe;
        private int left;
        private int position = -1;

        Positions(Query query, PostingsEnum pe) throws IOException {
            this.query = query;
            this.pe = pe;
            this.left = pe.freq();
        }

        @Override
        public boolean next() throws IOException {
            if (left-- > 0) {
                position = pe.nextPosition();
                return true;
            }
            return false;
        }

        @Override
        public int startPosition() {
            return position;
        }

        @Override
        public int endPosition() {
            return position;
        }

        @Override
        public int startOffset() throws IOException {
            return pe.startOffset();
        }

        @Override
        public int endOffset() throws IOException {
            return pe.endOffset();
        }

        @Override
        public MatchesIterator getSubMatches() {
            return null;
        }

        @Override
        public Query getQuery() {
            return query;
        }
    }
}
