package org.policyportal.insights;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects every doc id matching a query into a bit set (no scoring, no top-N limit), for aggregations that must
 * see all matches. Memory is one bit per document of the index.
 *
 * <p>Thread-safe: stateless; each call builds its own collectors.
 */
final class MatchingDocs {

    private MatchingDocs() {
    }

    /** All top-level doc ids matching {@code query}. */
    static FixedBitSet of(IndexSearcher searcher, Query query) throws IOException {
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        return searcher.search(query, new CollectorManager<Collector, FixedBitSet>() {
            @Override
            public Collector newCollector() {
                return new BitsCollector(new FixedBitSet(maxDoc));
            }

            @Override
            public FixedBitSet reduce(Collection<Collector> collectors) {
                FixedBitSet all = new FixedBitSet(maxDoc);
                for (Collector c : new ArrayList<>(collectors)) {
                    all.or(((BitsCollector) c).bits);
                }
                return all;
            }
        });
    }

    /** Iterates the set bits of {@code bits} in doc id order. */
    static void forEach(FixedBitSet bits, DocConsumer consumer) throws IOException {
        for (int d = bits.nextSetBit(0); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < bits.length() ? bits.nextSetBit(d + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            consumer.accept(d);
        }
    }

    /** A per-document step that may read the index. */
    @FunctionalInterface
    interface DocConsumer {
        void accept(int doc) throws IOException;
    }

    private static final class BitsCollector implements Collector {
        private final FixedBitSet bits;

        BitsCollector(FixedBitSet bits) {
            this.bits = bits;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // scores are not needed
                }

                @Override
                public void collect(int doc) {
                    bits.set(base + doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
