package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyportal.index.Analyzers;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.policyportal.index.IndexSchema;

/** Analysed words are kept between queries; a kept analysis must give exactly the query a fresh one gives. */
class TextQueriesCacheTest {
    private static final BitSetProducer PARENTS = new QueryBitSetProducer(IndexSchema.parentsQuery());


    private static final List<String> WORDS = List.of("supplier", "Suppliers", "sécurité", "securite", "the",
            "52.204-21", "\"access control\"", "leveranciers", "Sicherheit");

    @Test
    void repeatedAndInterleavedWordsGiveTheQueriesOfAFreshAnalysis() {
        Analyzers analyzers = new Analyzers();
        TextQueries kept = new TextQueries(analyzers);
        for (int round = 0; round < 2; round++) {
            for (String word : WORDS) {
                for (TextQueries.Scope scope : TextQueries.Scope.values()) {
                    TextQueries fresh = new TextQueries(analyzers);
                    assertThat(kept.text(word, scope, PARENTS)).as("%s %s round %d", word, scope, round)
                            .isEqualTo(fresh.text(word, scope, PARENTS));
                }
                assertThat(kept.stopWordSomewhere(word)).as(word)
                        .isEqualTo(new TextQueries(analyzers).stopWordSomewhere(word));
            }
        }
        assertThat(kept.stopWordSomewhere("the")).isTrue();
        assertThat(kept.text("supplier", TextQueries.Scope.DOCUMENTS, PARENTS).toString()).contains("text_de:suppli")
                .contains("text_en:supplier");
    }
}
