package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;

/** Heap facet columns count exactly what Lucene's sorted-set facet counts count, segments and deletions included. */
class FacetColumnsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void countsEqualLuceneSortedSetCountsForEveryDimension(boolean documents) throws Exception {
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        List<PolicyDocument> docs = Corpus.documents();
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(schema.analyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            // three segments, and a replaced block whose old parent and clauses stay behind as deleted docs
            for (int i = 0; i < docs.size(); i++) {
                w.addDocuments(mapper.toBlock(docs.get(i)));
                if (i % 3 == 2) {
                    w.commit();
                }
            }
            w.updateDocuments(new Term(IndexSchema.DOC_ID, docs.getFirst().id()), mapper.toBlock(docs.getFirst()));
            w.addDocuments(mapper.toBlock(Corpus.extraBelgian()));
            w.commit();
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(2);
            assertThat(reader.hasDeletions()).isTrue();
            IndexSearcher searcher = new IndexSearcher(reader);
            var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsField(documents),
                    schema.facetsConfig(documents));
            FacetColumns columns = FacetColumns.build(reader, state,
                    new QueryBitSetProducer(IndexSchema.parentsQuery()), documents);
            Query kind = documents ? IndexSchema.parentsQuery() : IndexSchema.clausesQuery();
            for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(IndexSchema.COUNTRY, "NL")),
                    new TermQuery(new Term(IndexSchema.STANDARD, "dmarc")))) {
                FacetsCollector fc = searcher.search(new BooleanQuery.Builder().add(q, Occur.MUST)
                        .add(kind, Occur.FILTER).build(), new FacetsCollectorManager());
                Facets lucene = new SortedSetDocValuesFacetCounts(state, fc);
                Facets ours = new ColumnFacets(columns, columns.count(fc));
                for (String dim : IndexSchema.DIMENSIONS) {
                    assertThat(render(ours.getAllChildren(dim))).as(dim + " for " + q)
                            .isEqualTo(render(lucene.getAllChildren(dim)));
                }
                FacetResult categories = lucene.getAllChildren(IndexSchema.DIM_STANDARD);
                for (int i = 0; categories != null && i < categories.labelValues.length; i++) {
                    String cat = categories.labelValues[i].label;
                    assertThat(render(ours.getAllChildren(IndexSchema.DIM_STANDARD, cat))).as(cat)
                            .isEqualTo(render(lucene.getAllChildren(IndexSchema.DIM_STANDARD, cat)));
                }
            }
        }
    }

    @Test
    void marksExactlyTheSetsHoldingAValue() throws Exception {
        IndexSchema schema = new IndexSchema();
        writeCorpus(schema);
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            FacetColumns columns = parentColumns(schema, reader);
            int nl = columns.ordinal(IndexSchema.DIM_COUNTRY, "NL");
            int en = columns.ordinal(IndexSchema.DIM_LANGUAGE, "en");
            int[] marks = new int[columns.sets()];
            columns.markSetsWith(nl, 1, marks);
            columns.markSetsWith(en, 2, marks);
            // a set's own values, expanded through a tally: the marks must say exactly which of the two it holds
            for (int set = 0; set < columns.sets(); set++) {
                FacetColumns.Tally one = columns.tally();
                one.add(set, 1);
                int[] values = one.counts();
                int expected = (values[nl] > 0 ? 1 : 0) | (values[en] > 0 ? 2 : 0);
                assertThat(marks[set]).as("set " + set).isEqualTo(expected);
            }
            // the fixture has NL documents in English and in Dutch, and English ones elsewhere
            assertThat(marks).contains(1, 2, 3, 0);
        }
    }

    @Test
    void aTallyOfSomeDimensionsCountsTheirHalvesOnly() throws Exception {
        IndexSchema schema = new IndexSchema();
        writeCorpus(schema);
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            FacetColumns columns = parentColumns(schema, reader);
            int country = columns.children(IndexSchema.DIM_COUNTRY)[0];
            int email = columns.ordinal(IndexSchema.DIM_STANDARD, "email");
            assertThat(email).isNotNegative();
            FacetColumns.Tally all = columns.tally();
            FacetColumns.Tally countries = columns.tally(List.of(IndexSchema.DIM_COUNTRY, IndexSchema.DIM_YEAR));
            FacetColumns.Tally standards = columns.tally(List.of(IndexSchema.DIM_STANDARD));
            for (int set = 0; set < columns.sets(); set++) {
                all.add(set, 2);
                countries.add(set, 2);
                standards.add(set, 2);
            }
            int[] full = all.counts();
            assertThat(full[country]).isPositive();
            assertThat(full[email]).isPositive();
            // the single-valued half alone: countries counted, standards (the multi-valued half) not at all
            assertThat(countries.counts()[country]).isEqualTo(full[country]);
            assertThat(countries.counts()[email]).isZero();
            assertThat(standards.counts()[email]).isEqualTo(full[email]);
            assertThat(standards.counts()[country]).isZero();
        }
    }

    /** The test corpus, one block per policy, in {@link #dir}. */
    private void writeCorpus(IndexSchema schema) throws IOException {
        DocumentMapper mapper = new DocumentMapper(schema);
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(schema.analyzer()))) {
            for (PolicyDocument doc : Corpus.documents()) {
                w.addDocuments(mapper.toBlock(doc));
            }
        }
    }

    private static FacetColumns parentColumns(IndexSchema schema, DirectoryReader reader) throws IOException {
        var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsField(true),
                schema.facetsConfig(true));
        return FacetColumns.build(reader, state, new QueryBitSetProducer(IndexSchema.parentsQuery()), true);
    }

    /** Labels and counts in order; no children and no result are the same thing to the portal. */
    private static List<String> render(FacetResult r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; r != null && i < r.labelValues.length; i++) {
            out.add(r.labelValues[i].label + "=" + r.labelValues[i].value);
        }
        return out;
    }
}
