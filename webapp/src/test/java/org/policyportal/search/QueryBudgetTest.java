package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyportal.index.IndexSchema;
import org.apache.lucene.search.join.QueryBitSetProducer;

/** Per-search time limit (partial results with a notice) and the clause cap. */
class QueryBudgetTest extends SearchFixture {

    @Test
    void searchThatRunsOutOfTimeReturnsPartialResultsWithANotice() {
        try (var slow = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                new QueryBudget(Duration.ofNanos(1), 1024))) {
            SearchResult r = slow.search(SearchRequest.of("security"));
            assertThat(r.partialResults()).isTrue();
            assertThat(r.notices()).contains(QueryBudget.TIMED_OUT);
            assertThat(r.didYouMean()).isNull();
        }
    }

    @Test
    void filteredSearchThatRunsOutOfTimeIsPartialToo() {
        try (var slow = new LuceneSearchService(root, StandardLabels.fallback(), Duration.ZERO,
                new QueryBudget(Duration.ofNanos(1), 1024))) {
            SearchResult r = slow.search(SearchRequest.of("").withFilters(java.util.Map.of("country", List.of("NL"))));
            assertThat(r.partialResults()).isTrue();
            assertThat(r.notices()).contains(QueryBudget.TIMED_OUT);
        }
    }

    @Test
    void filteredSearchWithinTheBudgetIsCompleteAndCountsSideways() {
        SearchResult r = filtered("", java.util.Map.of("country", List.of("NL")));
        assertThat(r.partialResults()).isFalse();
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.facets().get("country")).hasSizeGreaterThan(1);
    }

    @Test
    void normalSearchIsComplete() {
        SearchResult r = search("dmarc");
        assertThat(r.partialResults()).isFalse();
        assertThat(r.total()).isPositive();
        assertThat(r.notices()).doesNotContain(QueryBudget.TIMED_OUT);
    }

    @Test
    void queryWithTooManyClausesIsRefusedWithANoticeNotAnError() {
        String q = "a1-b2-c3-d4-e5-f6-g7 ".repeat(23).strip();
        assertThat(q.length()).isLessThanOrEqualTo(QueryParser.MAX_LENGTH);
        SearchResult r = search(q);
        assertThat(r.total()).isZero();
        assertThat(r.notices()).contains(QueryBudget.TOO_COMPLEX);
        SearchResult c = clauses(q);
        assertThat(c.notices()).contains(QueryBudget.TOO_COMPLEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "?*", "**", "*foo", "foo~2", "/.*/", "a*", "title:*", "country:*"})
    void noWildcardFuzzyOrRegexScans(String q) {
        ParsedQuery pq = new QueryParser(new IndexSchema().analyzers()).parse(q, SearchTarget.clauses(new QueryBitSetProducer(IndexSchema.parentsQuery())));
        List<String> types = new java.util.ArrayList<>();
        pq.query().visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(
                    org.apache.lucene.search.BooleanClause.Occur occur, org.apache.lucene.search.Query parent) {
                return this;
            }

            @Override
            public void consumeTermsMatching(org.apache.lucene.search.Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
                types.add(query.getClass().getSimpleName() + ":" + query);
            }
        });
        assertThat(types).as("multi-term queries of %s", q).isEmpty();
        assertThat(search(q).partialResults()).isFalse();
    }

    @Test
    void manyPrefixesAreCappedAndBounded() {
        String q = "ab* ".repeat(100).strip();
        SearchResult r = search(q);
        assertThat(r.notices()).anyMatch(n -> n.contains("prefix searches"));
        ParsedQuery pq = new QueryParser(new IndexSchema().analyzers()).parse(q, SearchTarget.clauses(new QueryBitSetProducer(IndexSchema.parentsQuery())));
        assertThat(QueryBudget.clauses(pq.query())).isLessThanOrEqualTo(1024);
    }

    @Test
    void budgetRejectsNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueryBudget(Duration.ofSeconds(-1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueryBudget(Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QueryBudget.of(Duration.ZERO).newTimeout()).isNull();
    }
}
