package org.policyportal.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter that asks one weight per highlighted field and call for the matches of every document,
 * instead of one per document.
 *
 * <p>Why: for offsets from postings, Lucene's highlighter builds, for each document, a searcher over that document's
 * segment, rewrites the query and creates its weight there. The term states the portal looked up once per
 * generation ({@link TermStatesCache}) belong to the top-level reader, so each of those weights looked every term up
 * in the segment's terms dictionary again (JFR at 100,000 documents, 2 clients: 55 % of highlighting, a fifth of
 * it in {@code TermStates.get}). Here the weight is created once on the generation's own searcher, and asked for
 * each document through that document's segment context. Its term queries are {@link ReusedPostingsTermQuery}s, so
 * a term's postings are opened once per segment and call, not once per document.
 *
 * <p>Same matches as Lucene's path: that path wraps the segment only to map the fields {@code fieldMatcher} accepts
 * onto the highlighted field, and with the default field matcher (the highlighted field only) the mapping changes
 * nothing. A segment reader that is not one of the searcher's leaves falls back to Lucene's path.
 *
 * <p>Thread-safe as {@link UnifiedHighlighter} is: each call gets its own offset strategies, and a strategy's weight
 * lives only for that call.
 */
class SharedWeightHighlighter extends UnifiedHighlighter {

    SharedWeightHighlighter(Builder builder) {
        super(builder);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS ? new SharedWeightOffsets(components, searcher)
                : super.getOffsetStrategy(offsetSource, components);
    }

    /** Offsets from postings through one weight; used by one call on one thread. */
    private static final class SharedWeightOffsets extends PostingsOffsetStrategy {
        private final IndexSearcher searcher;
        private Weight weight;

        SharedWeightOffsets(UHComponents components, IndexSearcher searcher) {
            super(components);
            this.searcher = searcher;
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
                throws IOException {
            LeafReaderContext context = contextOf(leafReader);
            if (context == null) {
                super.createOffsetsEnumsWeightMatcher(leafReader, docId, results);
                return;
            }
            if (weight == null) {
                weight = searcher.createWeight(ReusedPostingsTermQuery.wrapTerms(searcher.rewrite(components.query())),
                        ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            Matches matches = weight.matches(context, docId);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator it = matches.getMatches(field);
                    if (it != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
                    }
                }
            }
        }

        private LeafReaderContext contextOf(LeafReader reader) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader() == reader) {
                    return leaf;
                }
            }
            return null;
        }
    }
}
