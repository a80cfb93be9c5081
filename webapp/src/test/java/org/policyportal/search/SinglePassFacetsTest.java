package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;

/**
 * One-pass drill-sideways counts equal Lucene's {@link DrillSideways} on the same index, for parents and clauses,
 * counted per value set and per half, over several segments; and so do the counts of a few dimensions counted alone.
 */
class SinglePassFacetsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"true,true", "true,false", "false,true", "false,false"})
    void sidewaysCountsEqualLuceneDrillSideways(boolean documents, boolean perSet) throws Exception {
        IndexSchema schema = new IndexSchema();
        DocumentMapper mapper = new DocumentMapper(schema);
        List<PolicyDocument> docs = new ArrayList<>(Corpus.documents());
        docs.addAll(Corpus.varied(40));
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(schema.analyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < docs.size(); i++) {
                w.addDocuments(mapper.toBlock(docs.get(i)));
                if (i % 17 == 16) {
                    w.commit();
                }
            }
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetsConfig config = schema.facetsConfig(documents);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
                    IndexSchema.facetsField(documents), config);
            FacetColumns columns = FacetColumns.build(reader, state,
                    new QueryBitSetProducer(IndexSchema.parentsQuery()), documents);
            Query kind = documents ? IndexSchema.parentsQuery() : IndexSchema.clausesQuery();
            Query base = new BooleanQuery.Builder().add(kind, Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.COUNTRY, "XX")), Occur.SHOULD).build();
            String[] dmarc = {IndexSchema.DIM_STANDARD, "email", "dmarc"};
            String[] email = {IndexSchema.DIM_STANDARD, "email"};
            String[] nl = {IndexSchema.DIM_COUNTRY, "NL"};
            String[] us = {IndexSchema.DIM_COUNTRY, "US"};
            String[] en = {IndexSchema.DIM_LANGUAGE, "en"};
            List<List<String[]>> cases = List.of(filters(), filters(nl), filters(nl, us), filters(dmarc),
                    filters(email), filters(nl, en), filters(us, dmarc), filters(nl, en, dmarc));
            assertThat(columns.ordinal(dmarc)).isNotNegative();
            for (List<String[]> filters : cases) {
                DrillDownQuery ddq = new DrillDownQuery(config, base);
                List<String> dims = new ArrayList<>();
                List<int[]> selected = new ArrayList<>();
                for (String[] f : filters) {
                    ddq.add(f[0], Arrays.copyOfRange(f, 1, f.length));
                    int at = dims.indexOf(f[0]);
                    if (at < 0) {
                        dims.add(f[0]);
                        selected.add(new int[] {columns.ordinal(f)});
                    } else {
                        int[] ords = selected.get(at);
                        int[] more = Arrays.copyOf(ords, ords.length + 1);
                        more[ords.length] = columns.ordinal(f);
                        selected.set(at, more);
                    }
                }
                DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, config, state)
                        .search(ddq, 1000);
                SinglePassFacets.Result ours = searcher.search(base, new SinglePassFacets<>(columns,
                        new TopScoreDocCollectorManager(1000, Integer.MAX_VALUE), dims, selected, IndexSchema.DIMENSIONS,
                        perSet));
                String what = render(filters);
                assertThat(ours.total()).as("total for " + what).isEqualTo(lucene.hits.totalHits.value());
                assertThat(ours.total()).as("some results for " + what).isPositive();
                for (String dim : IndexSchema.DIMENSIONS) {
                    assertThat(render(ours.facets().getAllChildren(dim))).as(dim + " for " + what)
                            .isEqualTo(render(lucene.facets.getAllChildren(dim)));
                }
                assertThat(render(ours.facets().getAllChildren(IndexSchema.DIM_STANDARD, "email")))
                        .as("email standards for " + what)
                        .isEqualTo(render(lucene.facets.getAllChildren(IndexSchema.DIM_STANDARD, "email")));
                // counting only some dimensions (an API request's facets=) leaves their counts exact
                for (List<String> counted : List.of(List.of(IndexSchema.DIM_COUNTRY, IndexSchema.DIM_YEAR),
                        List.of(IndexSchema.DIM_STANDARD))) {
                    SinglePassFacets.Result some = searcher.search(base, new SinglePassFacets<>(columns,
                            new TopScoreDocCollectorManager(1000, Integer.MAX_VALUE), dims, selected, counted,
                            perSet));
                    assertThat(some.total()).as("total counting " + counted + " for " + what)
                            .isEqualTo(ours.total());
                    for (String dim : counted) {
                        assertThat(render(some.facets().getAllChildren(dim))).as(dim + " alone for " + what)
                                .isEqualTo(render(lucene.facets.getAllChildren(dim)));
                    }
                }
            }
        }
    }

    /** Facet paths (dimension first) to filter by. */
    private static List<String[]> filters(String[]... paths) {
        return Arrays.asList(paths);
    }

    private static String render(List<String[]> filters) {
        return filters.stream().map(f -> String.join("/", f)).toList().toString();
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
