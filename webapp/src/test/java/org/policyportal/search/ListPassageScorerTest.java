package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The allocation-free passage score equals Lucene's default score bit for bit. */
class ListPassageScorerTest {

    private static Passage passage(int start, int end, Object... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            int at = start + i * 3;
            p.addMatch(at, at + 2, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
        }
        return p;
    }

    @Test
    void scoresEqualTheDefaultScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new ListPassageScorer();
        Passage[] passages = {
            passage(0, 120, "secur", 4),
            passage(40, 300, "secur", 4, "cloud", 1, "secur", 4, "secur", 4, "cloud", 1),
            passage(500, 760, "dnssec", 2, "rpki", 7, "ipv6", 3, "rpki", 7),
            passage(10, 11),
        };
        for (Passage p : passages) {
            assertThat(ours.score(p, 2_000)).as("passage at " + p.getStartOffset())
                    .isEqualTo(lucene.score(p, 2_000));
        }
    }

    @Test
    void repeatedTermsScoreHigherThanOneOccurrence() {
        PassageScorer ours = new ListPassageScorer();
        assertThat(ours.score(passage(0, 200, "secur", 3, "secur", 3), 1_000))
                .isGreaterThan(ours.score(passage(0, 200, "secur", 3), 1_000));
    }
}
