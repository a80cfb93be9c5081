package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matches from one reused postings enum equal a term query's own, in any order of documents and segments. */
class ReusedPostingsTermQueryTest {

    @TempDir
    Path dir;

    @Test
    void matchesEqualThoseOfTheTermQueryInAnyDocumentOrder() throws Exception {
        FieldType withOffsets = new FieldType();
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.setTokenized(true);
        withOffsets.freeze();
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 12; i++) {
                // dnssec in every third document, twice in every sixth; two segments of six
                String text = i % 3 == 0 ? "dnssec zones " + (i % 6 == 0 ? "and dnssec keys" : "only") : "no term " + i;
                Document doc = new Document();
                doc.add(new Field("body", text, withOffsets));
                w.addDocument(doc);
                if (i == 5) {
                    w.commit();
                }
            }
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSize(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery term = new TermQuery(new Term("body", "dnssec"));
            Weight plain = searcher.createWeight(term, ScoreMode.COMPLETE_NO_SCORES, 1f);
            Weight reused = searcher.createWeight(ReusedPostingsTermQuery.wrapTerms(term),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            // ascending with gaps, then back to earlier documents and across segments and back
            int[] order = {0, 1, 3, 5, 6, 9, 11, 3, 0, 6, 2, 9, 0, 11};
            for (int doc : order) {
                assertThat(render(reused, reader, doc)).as("doc " + doc).isEqualTo(render(plain, reader, doc));
            }
            assertThat(render(plain, reader, 6)).containsExactly("0:0-6", "3:17-23");
            assertThat(render(reused, reader, 4)).isEmpty();
        }
    }

    @Test
    void wrapsTermsInsideBooleanAndBoostQueriesOnly() {
        TermQuery a = new TermQuery(new Term("body", "a"));
        PhraseQuery phrase = new PhraseQuery("body", "b", "c");
        Query q = new BooleanQuery.Builder().add(a, Occur.MUST).add(new BoostQuery(a, 2f), Occur.SHOULD)
                .add(phrase, Occur.SHOULD).setMinimumNumberShouldMatch(1).build();

        BooleanQuery wrapped = (BooleanQuery) ReusedPostingsTermQuery.wrapTerms(q);

        assertThat(wrapped.getMinimumNumberShouldMatch()).isEqualTo(1);
        assertThat(wrapped.clauses().get(0).query()).isInstanceOf(ReusedPostingsTermQuery.class);
        assertThat(wrapped.clauses().get(0).occur()).isEqualTo(Occur.MUST);
        assertThat(((BoostQuery) wrapped.clauses().get(1).query()).getQuery())
                .isInstanceOf(ReusedPostingsTermQuery.class);
        assertThat(wrapped.clauses().get(2).query()).isSameAs(phrase);
        assertThat(ReusedPostingsTermQuery.wrapTerms(phrase)).isSameAs(phrase);
        assertThat(wrapped.toString()).isEqualTo(q.toString());
    }

    /** Each match of {@code doc} as position:startOffset-endOffset; empty when the document does not match. */
    private static List<String> render(Weight w, DirectoryReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        Matches m = w.matches(leaf, doc - leaf.docBase);
        List<String> out = new ArrayList<>();
        MatchesIterator it = m == null ? null : m.getMatches("body");
        while (it != null && it.next()) {
            out.add(it.startPosition() + ":" + it.startOffset() + "-" + it.endOffset());
            assertThat(it.getQuery()).isInstanceOf(TermQuery.class);
        }
        return out;
    }
}
