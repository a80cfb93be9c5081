package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.Test;
import org.policyportal.index.IndexSchema;

/**
 * The page assembly shortcuts (one best-clauses search per page, highlighting one field per clause with the query
 * pruned to it) must give exactly what the straightforward way gives: a top-3 search per document, and
 * highlighting every body field with the whole relaxed query.
 */
class PageAssemblyEquivalenceTest extends SearchFixture {

    static final List<String> QUERIES = List.of("security", "dmarc", "\"supply chain\"", "cloud OR email",
            "security -cloud", "iso 27001", "leverancier", "sécurité", "52.204-21", "standard:dmarc", "secur*",
            "title:mail", "the", "dmarc reject", "country:NL email", "informatiebeveiliging", "");

    @Test
    void bestClausesEqualATopThreeSearchPerDocument() throws Exception {
        QueryParser parser = new QueryParser(new IndexSchema().analyzers());
        try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
            SearcherGeneration gen = lease.generation();
            StoredFields stored = gen.searcher().storedFields();
            for (String q : QUERIES) {
                SearchResult r = service.search(SearchRequest.of(q));
                ParsedQuery pq = parser.parse(q, SearchTarget.documents(gen.parents()));
                for (Hit hit : r.hits()) {
                    List<Integer> expected = new ArrayList<>();
                    ScoreDoc[] best = pq.relaxed() == null ? new ScoreDoc[0] : gen.searcher().search(
                            HitAssembler.clausesOf(hit.id()).add(pq.relaxed(), Occur.MUST).build(), 3).scoreDocs;
                    if (best.length == 0) {
                        best = gen.searcher().search(HitAssembler.clausesOf(hit.id()).build(), 1,
                                new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT))).scoreDocs;
                    }
                    for (ScoreDoc sd : best) {
                        expected.add(stored.document(sd.doc).getField(IndexSchema.ORDINAL).numericValue().intValue());
                    }
                    assertThat(hit.snippets().stream().map(Snippet::ordinal).toList()).as(q + " / " + hit.id())
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void oneFieldHighlightingEqualsAllFieldHighlighting() throws Exception {
        QueryParser parser = new QueryParser(new IndexSchema().analyzers());
        try (IndexSearchers.Lease lease = service.indexAccess().acquire().orElseThrow()) {
            SearcherGeneration gen = lease.generation();
            StoredFields stored = gen.searcher().storedFields();
            int clauses = 0;
            List<Integer> ids = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (ScoreDoc sd : gen.searcher().search(IndexSchema.clausesQuery(), 10_000).scoreDocs) {
                Document d = stored.document(sd.doc);
                ids.add(sd.doc);
                fields.add(IndexSchema.bodyField(d.get(IndexSchema.LANGUAGE)));
                clauses++;
            }
            assertThat(clauses).isGreaterThan(3);
            int[] docIds = ids.stream().mapToInt(Integer::intValue).toArray();
            int marked = 0;
            for (String q : QUERIES) {
                ParsedQuery pq = parser.parse(q, gen.target(false));
                if (pq.relaxed() == null) {
                    continue;
                }
                String[] all = gen.highlighting().snippets(pq.relaxed(), docIds);
                String[] one = gen.highlighting().snippets(pq.relaxed(), docIds, fields.toArray(String[]::new));
                assertThat(one).as(q).isEqualTo(all);
                marked += (int) Arrays.stream(all).filter(s -> s != null && s.contains("<mark>")).count();
            }
            assertThat(marked).isGreaterThan(3);
        }
    }
}
