package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

/** Term queries get their looked-up states; what a query matches and how it scores does not change. */
class TermStatesCacheTest {

    @TempDir
    Path root;

    @Test
    void termQueriesCarryStatesAndFindAndScoreTheSame() throws Exception {
        SearcherGeneration gen = SearcherGeneration.open(Corpus.publish(root, Corpus.documents()), new IndexSchema(),
                StandardLabels.fallback());
        try {
            IndexSearcher searcher = gen.searcher();
            TermStatesCache cache = new TermStatesCache(searcher);
            PhraseQuery phrase = new PhraseQuery(IndexSchema.BODY_PREFIX + "en", "cloud", "procur");
            Query original = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexSchema.BODY_PREFIX + "en", "contractor")), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(IndexSchema.HEADING, "email")), 2f), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexSchema.BODY_PREFIX + "en", "absentword")), Occur.SHOULD)
                    .add(phrase, Occur.SHOULD)
                    .build();

            Query applied = cache.apply(original);

            BooleanQuery bq = (BooleanQuery) applied;
            assertThat(((TermQuery) bq.clauses().get(0).query()).getTermStates()).isNotNull();
            BoostQuery boosted = (BoostQuery) bq.clauses().get(1).query();
            assertThat(boosted.getBoost()).isEqualTo(2f);
            assertThat(((TermQuery) boosted.getQuery()).getTermStates()).isNotNull();
            assertThat(((TermQuery) bq.clauses().get(2).query()).getTermStates().docFreq()).isZero();
            assertThat(bq.clauses().get(3).query()).isSameAs(phrase);
            assertThat(applied).isEqualTo(original);
            // a query whose term queries already carry states is returned as it is
            assertThat(cache.apply(applied)).isSameAs(applied);

            ScoreDoc[] before = searcher.search(original, 50).scoreDocs;
            ScoreDoc[] after = searcher.search(applied, 50).scoreDocs;
            assertThat(before).hasSizeGreaterThan(2);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i].doc).isEqualTo(before[i].doc);
                assertThat(after[i].score).isEqualTo(before[i].score);
            }
        } finally {
            gen.decRef();
        }
    }
}
