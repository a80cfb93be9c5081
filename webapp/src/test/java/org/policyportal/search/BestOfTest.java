package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The snippet choice keeps exactly the clauses a full sort would put first: score descending, then doc id. */
class BestOfTest {

    @Test
    void keepsTheBestThreeByScoreThenDocId() {
        assertThat(offered(10, 1f, 11, 3f, 12, 2f, 13, 3f, 14, 0.5f).docs()).containsExactly(11, 13, 12);
    }

    @Test
    void anEqualScoreWithALowerDocIdComesFirstEvenWhenOfferedLater() {
        assertThat(offered(20, 1f, 21, 1f, 22, 1f, 5, 1f).docs()).containsExactly(5, 20, 21);
    }

    /** A BestOf offered (doc, score) pairs in the order given. */
    private static BestClauses.BestOf offered(float... docScorePairs) {
        BestClauses.BestOf best = new BestClauses.BestOf();
        for (int i = 0; i < docScorePairs.length; i += 2) {
            best.offer((int) docScorePairs[i], docScorePairs[i + 1]);
        }
        return best;
    }

    @Test
    void fewerThanThreeAndMergedSlicesEqualOneFullSort() {
        assertThat(offered(7, 2f).docs()).containsExactly(7);

        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<float[]> all = new ArrayList<>();
            BestClauses.BestOf a = new BestClauses.BestOf();
            BestClauses.BestOf b = new BestClauses.BestOf();
            int n = random.nextInt(12);
            for (int doc = 0; doc < n; doc++) {
                float score = random.nextInt(4);
                all.add(new float[] {doc, score});
                (random.nextBoolean() ? a : b).offer(doc, score);
            }
            BestClauses.BestOf merged = new BestClauses.BestOf();
            merged.offerAll(a);
            merged.offerAll(b);
            int[] expected = all.stream()
                    .sorted(Comparator.<float[]>comparingDouble(x -> -x[1]).thenComparingDouble(x -> x[0]))
                    .limit(HitAssembler.SNIPPETS).mapToInt(x -> (int) x[0]).toArray();
            assertThat(merged.docs()).as("round %d", round).containsExactly(expected);
        }
    }
}
