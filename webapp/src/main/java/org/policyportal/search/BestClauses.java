package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSet;
import org.policyportal.index.IndexSchema;

/**
 * The clauses a document hit shows as its snippets: its best matches of the OR-relaxed query, found for a whole
 * result page in one search, or its first clause when none matches.
 *
 * <p>Thread-safe: stateless; the collectors it creates live for one search.
 */
final class BestClauses {

    private BestClauses() {
    }

    /**
     * Per page hit, the clause doc ids to show: the best {@value HitAssembler#SNIPPETS} matches of {@code relaxed}
     * among the document's clauses (score descending, then doc id, as a top-N search per document would rank them),
     * or its first clause when none matches.
     *
     * <p>One search for the whole page instead of one per hit: each search re-creates the weight of the relaxed
     * query over every term, language field and segment (JFR, when this was HitAssembler.bestClauses: 20 % of
     * serving CPU, most of it TermStates.build). The page's clauses are the doc-id ranges of their blocks
     * ({@link DocRangesQuery}: no term lookups, and no scorers in segments without page hits), and a clause is
     * assigned to its hit through the block's parent bit set. Scores are those of {@code relaxed} alone (the range
     * filter does not score), so the choice equals the per-document search.
     */
    static int[][] of(SearcherGeneration gen, ScoreDoc[] page, Document[] parents, Query relaxed)
            throws IOException {
        int[][] out = new int[page.length][];
        // a hit's clauses are the docs between the previous parent and it (block layout); none: first == parent
        int[] first = new int[page.length];
        int[] parentDocs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            parentDocs[i] = page[i].doc;
            int f = firstClauseOf(gen, page[i].doc);
            first[i] = f < 0 ? page[i].doc : f;
        }
        if (relaxed != null && page.length > 0) {
            Map<Integer, Integer> slotOfParent = new HashMap<>();
            for (int i = 0; i < page.length; i++) {
                slotOfParent.put(page[i].doc, i);
            }
            // only the page's languages: the weight of the relaxed query is built per term, field and segment
            Set<String> languages = new HashSet<>();
            for (Document p : parents) {
                languages.add(IndexSchema.bodyField(p.get(IndexSchema.LANGUAGE)));
            }
            Query pruned = Highlighting.onlyFields(relaxed,
                    f -> !f.startsWith(IndexSchema.BODY_PREFIX) || languages.contains(f));
            // the ranges first: in a segment without page hits the conjunction stops before the text's scorers
            Query q = new BooleanQuery.Builder()
                    .add(DocRangesQuery.of(first, parentDocs), Occur.FILTER)
                    .add(pruned == null ? relaxed : pruned, Occur.MUST)
                    .build();
            List<BestOf> found = gen.searcher().search(q, new PerParentCollectorManager(gen, slotOfParent,
                    page.length));
            for (int i = 0; i < page.length; i++) {
                if (found.get(i).size() > 0) {
                    out[i] = found.get(i).docs();
                }
            }
        }
        for (int i = 0; i < page.length; i++) {
            if (out[i] == null) {
                out[i] = first[i] < parentDocs[i] ? new int[] {first[i]} : new int[0];
            }
        }
        return out;
    }

    /**
     * The first clause of a parent, -1 when it has none: the doc after the previous parent in its segment (block
     * layout; clauses are written in ordinal order, and deleted blocks keep their parent bit, so the boundary holds
     * in segments with deletions too).
     */
    static int firstClauseOf(SearcherGeneration gen, int parentDoc) throws IOException {
        List<LeafReaderContext> leaves = gen.searcher().getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(parentDoc, leaves));
        BitSet parents = gen.parents().getBitSet(leaf);
        int local = parentDoc - leaf.docBase;
        int first = local == 0 ? 0 : parents.prevSetBit(local - 1) + 1;
        return first < local ? leaf.docBase + first : -1;
    }

    /**
     * The best {@value HitAssembler#SNIPPETS} of the clauses offered, by score descending, then doc id: the order a
     * top-N search ranks them in. Keeps only those, so a document with thousands of matching clauses is not collected
     * and sorted whole (JFR, corpus-real: the sort was a tenth of snippet choice). Not thread-safe.
     */
    static final class BestOf {
        private final float[] scores = new float[HitAssembler.SNIPPETS];
        private final int[] docs = new int[HitAssembler.SNIPPETS];
        private int size;

        void offer(int doc, float score) {
            int at = size;
            while (at > 0 && before(doc, score, docs[at - 1], scores[at - 1])) {
                at--;
            }
            if (at == HitAssembler.SNIPPETS) {
                return;
            }
            int last = Math.min(size, HitAssembler.SNIPPETS - 1);
            System.arraycopy(docs, at, docs, at + 1, last - at);
            System.arraycopy(scores, at, scores, at + 1, last - at);
            docs[at] = doc;
            scores[at] = score;
            size = Math.min(size + 1, HitAssembler.SNIPPETS);
        }

        void offerAll(BestOf other) {
            for (int i = 0; i < other.size; i++) {
                offer(other.docs[i], other.scores[i]);
            }
        }

        int size() {
            return size;
        }

        int[] docs() {
            return Arrays.copyOf(docs, size);
        }

        private static boolean before(int doc, float score, int otherDoc, float otherScore) {
            return score != otherScore ? score > otherScore : doc < otherDoc;
        }
    }

    /** Offers every matching clause to the slot of its parent (hit); clauses of other parents are ignored. */
    private record PerParentCollectorManager(SearcherGeneration gen, Map<Integer, Integer> slotOfParent, int slots)
            implements CollectorManager<PerParentCollectorManager.PerParent, List<BestOf>> {

        final class PerParent implements Collector {
            final List<BestOf> found = new ArrayList<>();

            PerParent() {
                for (int i = 0; i < slots; i++) {
                    found.add(new BestOf());
                }
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                BitSet parentBits = gen.parents().getBitSet(context);
                int base = context.docBase;
                return new LeafCollector() {
                    private Scorable scorer;

                    @Override
                    public void setScorer(Scorable s) {
                        scorer = s;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (parentBits == null) {
                            return;
                        }
                        int parent = parentBits.nextSetBit(doc);
                        Integer slot = parent == DocIdSetIterator.NO_MORE_DOCS ? null : slotOfParent.get(base + parent);
                        if (slot != null) {
                            found.get(slot).offer(base + doc, scorer.score());
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }

        @Override
        public PerParent newCollector() {
            return new PerParent();
        }

        @Override
        public List<BestOf> reduce(Collection<PerParent> collectors) {
            List<BestOf> merged = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                merged.add(new BestOf());
            }
            for (PerParent c : collectors) {
                for (int i = 0; i < slots; i++) {
                    merged.get(i).offerAll(c.found.get(i));
                }
            }
            return merged;
        }
    }
}
