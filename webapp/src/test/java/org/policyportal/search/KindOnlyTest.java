package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyportal.index.IndexSchema;

/**
 * Queries marked {@link ParsedQuery#kindOnly()} run without the document-type filter, so they must really match
 * only the kind searched (parents in document mode, clauses in clause mode); the others must keep the filter.
 */
class KindOnlyTest extends SearchFixture {

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
    void kindOnlyQueriesMatchNothingOfTheOtherKind(String q, boolean kindOnly) throws Exception {
        for (SearchMode mode : SearchMode.values()) {
            boolean documents = mode == SearchMode.DOCUMENTS;
            try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
                SearcherGeneration gen = lease.generation();
                ParsedQuery pq = new QueryParser(new IndexSchema().analyzers())
                        .parse(q, gen.target(documents));
                assertThat(pq.kindOnly()).as(mode + " " + q).isEqualTo(kindOnly);
                IndexSearcher searcher = gen.searcher();
                Query kind = documents ? IndexSchema.parentsQuery() : IndexSchema.clausesQuery();
                int all = searcher.count(pq.query());
                int ofKind = searcher.count(new BooleanQuery.Builder().add(pq.query(), Occur.MUST)
                        .add(kind, Occur.FILTER).build());
                if (kindOnly) {
                    assertThat(all).as(mode + " " + q).isEqualTo(ofKind).isPositive();
                } else {
                    assertThat(all).as(mode + " " + q).isGreaterThan(ofKind);
                }
                assertThat(service.search(SearchRequest.of(q).withMode(mode)).total()).isEqualTo(ofKind);
            }
        }
    }
}
