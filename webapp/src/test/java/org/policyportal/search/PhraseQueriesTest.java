package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.policyportal.index.Analyzers;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.policyportal.index.IndexSchema;

/**
 * A phrase searched in whole documents ranks by its words and filters on their order; clause and snippet queries
 * keep the plain phrase (exact phrase scoring on short texts; only the phrase's occurrences are marked).
 */
class PhraseQueriesTest {

    private static final BitSetProducer PARENTS = new QueryBitSetProducer(IndexSchema.parentsQuery());
    private final TextQueries queries = new TextQueries(new Analyzers());

    @Test
    void aSearchedPhraseIsItsWordsRequiredAndThePhraseAsAFilter() {
        Query english = fieldClause(queries.text("access control", TextQueries.Scope.DOCUMENTS, PARENTS), "text_en");

        assertThat(english).isInstanceOf(BooleanQuery.class);
        List<BooleanClause> clauses = ((BooleanQuery) english).clauses();
        assertThat(clauses).extracting(BooleanClause::occur)
                .containsExactly(Occur.MUST, Occur.MUST, Occur.FILTER);
        assertThat(clauses.get(0).query()).isEqualTo(new TermQuery(new Term("text_en", "access")));
        assertThat(clauses.get(1).query()).isEqualTo(new TermQuery(new Term("text_en", "control")));
        assertThat(clauses.get(2).query()).isEqualTo(new PhraseQuery("text_en", "access", "control"));
    }

    @Test
    void withWordPairsATwoWordPhraseFiltersOnItsPairInsteadOfPositions() {
        Query english = fieldClause(queries.text("access control", TextQueries.Scope.PAIRED_DOCUMENTS, PARENTS), "text_en");

        assertThat(((BooleanQuery) english).clauses()).containsExactly(
                new BooleanClause(new TermQuery(new Term("text_en", "access")), Occur.MUST),
                new BooleanClause(new TermQuery(new Term("text_en", "control")), Occur.MUST),
                new BooleanClause(new TermQuery(new Term("pairs_en", "access control")), Occur.FILTER));
        // titles have no pairs: their phrase stays
        assertThat(queries.text("access control", TextQueries.Scope.PAIRED_DOCUMENTS, PARENTS).toString())
                .contains("title:\"access control\"");
    }

    @Test
    void withWordPairsLongerPhrasesAndGapsStillCheckThePhrase() {
        Query three = fieldClause(queries.text("multi factor authentication", TextQueries.Scope.PAIRED_DOCUMENTS, PARENTS),
                "text_en");
        assertThat(((BooleanQuery) three).clauses()).extracting(BooleanClause::query).contains(
                new TermQuery(new Term("pairs_en", "multi factor")),
                new TermQuery(new Term("pairs_en", "factor authent")),
                new PhraseQuery("text_en", "multi", "factor", "authent"));

        // "for" leaves a gap: no pair exists for "data data", so only the phrase can tell
        Query gap = fieldClause(queries.text("data for data", TextQueries.Scope.PAIRED_DOCUMENTS, PARENTS), "text_en");
        assertThat(((BooleanQuery) gap).clauses()).extracting(BooleanClause::occur)
                .containsExactly(Occur.MUST, Occur.FILTER);
        assertThat(((BooleanQuery) gap).clauses().get(1).query().toString()).isEqualTo("text_en:\"data ? data\"");
    }

    @Test
    void aWordRepeatedInThePhraseIsRequiredOnce() {
        Query english = fieldClause(queries.text("data for data", TextQueries.Scope.DOCUMENTS, PARENTS), "text_en");

        List<BooleanClause> clauses = ((BooleanQuery) english).clauses();
        assertThat(clauses).extracting(BooleanClause::occur).containsExactly(Occur.MUST, Occur.FILTER);
        assertThat(clauses.getFirst().query()).isEqualTo(new TermQuery(new Term("text_en", "data")));
        // "for" is an English stop word: the phrase keeps its gap
        assertThat(clauses.get(1).query().toString()).isEqualTo("text_en:\"data ? data\"");
    }

    @Test
    void clausesAndSnippetsKeepThePlainPhraseAndSingleWordsStayTermQueries() {
        assertThat(fieldClause(queries.text("access control", TextQueries.Scope.CLAUSES, PARENTS), "body_en"))
                .isEqualTo(new PhraseQuery("body_en", "access", "control"));
        assertThat(fieldClause(queries.text("access control", TextQueries.Scope.SNIPPETS, PARENTS), "body_en"))
                .isEqualTo(new PhraseQuery("body_en", "access", "control"));
        assertThat(fieldClause(queries.text("access", TextQueries.Scope.DOCUMENTS, PARENTS), "text_en"))
                .isEqualTo(new TermQuery(new Term("text_en", "access")));
    }

    @Test
    void aLongPastedPhraseStaysAPlainPhraseWithinTheClauseBudget() {
        String sentence = "suppliers shall implement multi factor authentication for remote access to systems"
                + " holding government information";
        Query text = queries.text(sentence, TextQueries.Scope.DOCUMENTS, PARENTS);

        assertThat(fieldClause(text, "text_en")).isInstanceOf(PhraseQuery.class);
        assertThat(((PhraseQuery) fieldClause(text, "text_en")).getTerms()).hasSize(12);
        assertThat(fieldClause(queries.text("multi factor authentication", TextQueries.Scope.DOCUMENTS, PARENTS), "text_en"))
                .isInstanceOf(BooleanQuery.class);
    }

    /** The clause of {@code text}'s per-field disjunction that searches {@code field}. */
    private static Query fieldClause(Query text, String field) {
        return ((BooleanQuery) text).clauses().stream().map(BooleanClause::query)
                .filter(q -> q.toString().startsWith(field + ":") || q.toString().startsWith("+" + field + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("no clause on " + field + " in " + text));
    }
}
