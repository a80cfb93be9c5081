package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One weight per call highlights exactly what Lucene's per-document weights highlight, across segments. */
class SharedWeightHighlighterTest {

    private static final List<String> TEXTS = List.of(
            "Suppliers must sign zones with DNSSEC and publish supply chain records.",
            "The supply of hardware follows the chain of custody.",
            "No match here at all.",
            "Every supply chain audit checks DNSSEC twice: DNSSEC for zones, supply chain for parts.");

    @TempDir
    Path dir;

    @Test
    void snippetsEqualThoseOfTheUnifiedHighlighter() throws Exception {
        FieldType withOffsets = new FieldType();
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.setTokenized(true);
        withOffsets.setStored(true);
        withOffsets.freeze();
        Analyzer analyzer = new StandardAnalyzer();
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer)
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                Document doc = new Document();
                doc.add(new Field("body", TEXTS.get(i), withOffsets));
                doc.add(new Field("other", TEXTS.get(i), withOffsets));
                w.addDocument(doc);
                if (i == 1) {
                    w.commit(); // two segments: docs 0-1 and 2-3
                }
            }
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "dnssec")), Occur.SHOULD)
                .add(new PhraseQuery("body", "supply", "chain"), Occur.SHOULD)
                .add(new TermQuery(new Term("other", "zones")), Occur.SHOULD)
                .build();
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSize(2);
            // counts the weights created on the top-level searcher: the shared path creates them there, Lucene's
            // per-document path on searchers of its own
            AtomicInteger topLevelWeights = new AtomicInteger();
            IndexSearcher searcher = new IndexSearcher(reader) {
                @Override
                public Weight createWeight(Query q, ScoreMode mode, float boost) throws IOException {
                    topLevelWeights.incrementAndGet();
                    return super.createWeight(q, mode, boost);
                }
            };
            UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer);
            int[] docs = {3, 0, 1, 2};
            String[] fields = {"body", "other"};
            int[] passages = {2, 2};

            Map<String, String[]> lucene = builder.build().highlightFields(fields, query, docs, passages);
            int beforeShared = topLevelWeights.get();
            Map<String, String[]> shared = new SharedWeightHighlighter(builder)
                    .highlightFields(fields, query, docs, passages);
            // one weight per highlighted field (the query's sub-weights count too), never one per document
            assertThat(topLevelWeights.get() - beforeShared).isPositive();

            assertThat(shared.get("body")).containsExactly(lucene.get("body"));
            assertThat(shared.get("other")).containsExactly(lucene.get("other"));
            assertThat(shared.get("body")[1]).isEqualTo(
                    "Suppliers must sign zones with <b>DNSSEC</b> and publish <b>supply chain</b> records.");
            assertThat(shared.get("body")[2]).doesNotContain("<b>"); // "supply" and "chain" apart: no phrase
            assertThat(shared.get("other")[1]).contains("<b>zones</b>");
        }
    }
}
