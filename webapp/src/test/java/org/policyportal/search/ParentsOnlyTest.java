package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyportal.index.IndexSchema;

/**
 * Document-mode queries marked {@link ParsedQuery#parentsOnly()} run without the document-type filter, so they
 * must really match parents only; the others must keep the filter.
 */
class ParentsOnlyTest extends SearchFixture {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dmarc | true",
            "\"mail security\" | true",
            "title:mail | true",
            "dmarc country:NL | true",
            "dmarc OR country:NL | false",
            "country:NL | false",
            "standard:dmarc | false",
            "'' | false",
            "secur* | true",
            "-dmarc | false",
            "the dmarc | true"})
    void parentsOnlyQueriesMatchNoClause(String q, boolean parentsOnly) throws Exception {
        try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
            SearcherGeneration gen = lease.generation();
            ParsedQuery pq = new QueryParser(new IndexSchema().analyzers()).parse(q, gen.parents());
            assertThat(pq.parentsOnly()).isEqualTo(parentsOnly);
            IndexSearcher searcher = gen.searcher();
            int all = searcher.count(pq.query());
            int parents = searcher.count(new BooleanQuery.Builder().add(pq.query(), Occur.MUST)
                    .add(IndexSchema.parentsQuery(), Occur.FILTER).build());
            if (parentsOnly) {
                assertThat(all).isEqualTo(parents).isPositive();
            } else {
                assertThat(all).isGreaterThan(parents);
            }
            assertThat(search(q).total()).isEqualTo(parents);
        }
    }
}
