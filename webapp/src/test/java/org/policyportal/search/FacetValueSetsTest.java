package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

class FacetValueSetsTest {

    @TempDir
    Path root;

    @Test
    void clausesHaveTheirValuesAndFindTheirParentInEverySegment() throws Exception {
        Path gen = Corpus.publishSegmented(root, Corpus.documents());
        SearcherGeneration g = SearcherGeneration.open(gen, new IndexSchema(), StandardLabels.fallback());
        try {
            assertThat(g.searcher().getIndexReader().leaves()).hasSizeGreaterThan(1);
            FacetValueSets clauses = FacetValueSets.of(g, false).orElseThrow();
            FacetValueSets parents = FacetValueSets.of(g, true).orElseThrow();
            StoredFields stored = g.searcher().storedFields();
            int clauseDocs = 0;
            int dmarcClause = -1;
            for (int doc = 0; doc < g.searcher().getIndexReader().maxDoc(); doc++) {
                Document d = stored.document(doc);
                boolean clause = d.get(IndexSchema.CLAUSE_ID) != null;
                assertThat(clauses.setOf(doc) >= 0).as("clause set of %s", doc).isEqualTo(clause);
                assertThat(parents.setOf(doc) >= 0).as("parent set of %s", doc).isEqualTo(!clause);
                if (clause) {
                    clauseDocs++;
                    Document parent = stored.document(clauses.parentOf(doc));
                    assertThat(parent.get(IndexSchema.CLAUSE_ID)).isNull();
                    assertThat(parent.get(IndexSchema.DOC_ID)).isEqualTo(d.get(IndexSchema.DOC_ID));
                }
                if ("nl-mail#1".equals(d.get(IndexSchema.CLAUSE_ID))) {
                    dmarcClause = doc;
                    assertThat(clauses.values(clauses.setOf(doc))).contains(List.of("country", "NL"),
                            List.of("year", "2021"), List.of("standard", "email"),
                            List.of("standard", "email", "dmarc"), List.of("strength", "required"));
                }
            }
            assertThat(dmarcClause).as("the DMARC clause of nl-mail was checked").isNotNegative();
            assertThat(clauseDocs).isEqualTo(Corpus.documents().stream().mapToInt(p -> p.clauses().size()).sum());
        } finally {
            g.decRef();
        }
    }
}
