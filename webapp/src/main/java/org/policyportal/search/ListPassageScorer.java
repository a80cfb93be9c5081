package org.policyportal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25-like, through the inherited {@link #tf}, {@link #weight} and {@link #norm}),
 * with the passage's distinct terms found by a scan of its few matches instead of a {@code BytesRefHash}: the hash
 * allocates a 32 KB block per passage scored, and a result page scores dozens of passages (JFR, 100,000 documents:
 * 11 % of highlighting CPU was that allocation). Terms are summed in order of first match, as the hash sums them,
 * so scores are the same.
 *
 * <p>Thread-safe: stateless.
 */
final class ListPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // per distinct term (slot), the index of its first match and its count in the passage
        int[] first = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int slot = 0;
            while (slot < distinct && !terms[first[slot]].bytesEquals(terms[i])) {
                slot++;
            }
            if (slot == distinct) {
                first[distinct++] = i;
            }
            inPassage[slot]++;
        }
        double score = 0d;
        for (int slot = 0; slot < distinct; slot++) {
            score += tf(inPassage[slot], passage.getLength()) * weight(contentLength, freqsInDoc[first[slot]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
