package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ParentScoredClausesQuery} against Lucene's {@code ToChildBlockJoinQuery} on seeded random blocks in several
 * segments: the same clauses with the same scores, alone, in disjunctions whose top hits are pruned by score bounds,
 * and in conjunctions that advance into the middle of blocks; and score bounds that cover every clause up to them.
 */
class ParentScoredClausesQueryTest {

    private static final String[] WORDS = {"a", "b", "c", "d", "e", "f", "g", "h"};
    private static final BitSetProducer PARENTS = new QueryBitSetProducer(new TermQuery(new Term("type", "parent")));
    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        Random random = new Random(42);
        // several segments, each with hundreds of parents per title word, so a word's postings span several
        // blocks with their own score bounds; titles grow shorter and repeat words further on, so later blocks score
        // higher and a bound taken from the wrong block would drop top hits
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMaxBufferedDocs(6000).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int blocks = 3000;
            for (int block = 0; block < blocks; block++) {
                List<Document> docs = new ArrayList<>();
                int clauses = block % 17 == 0 ? 0 : 1 + random.nextInt(12);   // some policies have no clauses
                for (int c = 0; c < clauses; c++) {
                    Document clause = new Document();
                    clause.add(new TextField("body", words(random, 1 + random.nextInt(6)), Field.Store.NO));
                    docs.add(clause);
                }
                Document parent = new Document();
                parent.add(new StringField("type", "parent", Field.Store.NO));
                int titleWords = 1 + random.nextInt(2) + 12 * (blocks - block) / blocks;
                parent.add(new TextField("title", words(random, titleWords), Field.Store.NO));
                docs.add(parent);
                writer.addDocuments(docs);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return s.toString();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void theIndexHasSeveralSegments() {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
    }

    @Test
    void matchesAndScoresTheClausesOfMatchingParentsAsLucenesJoinDoes() throws IOException {
        for (String w : WORDS) {
            Query title = new TermQuery(new Term("title", w));
            TopDocs ours = all(new ParentScoredClausesQuery(title, PARENTS));
            TopDocs lucene = all(new ToChildBlockJoinQuery(title, PARENTS));
            assertThat(ours.totalHits.value()).as(w).isPositive().isEqualTo(lucene.totalHits.value());
            assertThat(render(ours)).as(w).isEqualTo(render(lucene));
        }
    }

    @Test
    void prunedTopHitsOfDisjunctionsAreTheExhaustiveOnes() throws IOException {
        forEveryWordPair((body, title) -> {
            Query ours = disjunction(body, new ParentScoredClausesQuery(titleQuery(title), PARENTS));
            Query lucene = disjunction(body, new ToChildBlockJoinQuery(titleQuery(title), PARENTS));
            TopDocs pruned = searcher.search(ours, new TopScoreDocCollectorManager(10, 10));
            TopDocs exhaustive = searcher.search(lucene, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
            assertThat(render(pruned)).as(body + " " + title).isEqualTo(render(exhaustive));
        });
    }

    @Test
    void scoreBoundsCoverEveryClauseUpToTheirLimit() throws IOException {
        for (String w : WORDS) {
            Weight weight = searcher.createWeight(searcher.rewrite(
                    new ParentScoredClausesQuery(titleQuery(w), PARENTS)), ScoreMode.TOP_SCORES, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                List<Integer> docs = new ArrayList<>();
                List<Float> scores = new ArrayList<>();
                Scorer all = weight.scorer(leaf);
                for (int d = all.iterator().nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = all.iterator().nextDoc()) {
                    docs.add(d);
                    scores.add(all.score());
                }
                Scorer bounds = weight.scorer(leaf);
                bounds.advanceShallow(0);
                float max = 0;
                for (int i = 0; i < docs.size(); i++) {
                    max = Math.max(max, scores.get(i));
                    assertThat(bounds.getMaxScore(docs.get(i))).as("%s up to %d", w, docs.get(i))
                            .isGreaterThanOrEqualTo(max);
                }
            }
        }
    }

    @Test
    void batchesHoldTheClausesAndScoresOfOneByOne() throws IOException {
        Bits everyThirdDeleted = new Bits() {
            @Override
            public boolean get(int index) {
                return index % 3 != 0;
            }

            @Override
            public int length() {
                return Integer.MAX_VALUE;
            }
        };
        for (Bits live : Arrays.asList(null, everyThirdDeleted)) {
            Weight weight = searcher.createWeight(searcher.rewrite(
                    new ParentScoredClausesQuery(titleQuery("d"), PARENTS)), ScoreMode.COMPLETE, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                List<String> one = new ArrayList<>();
                Scorer single = weight.scorer(leaf);
                for (int d = single.iterator().nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS;
                     d = single.iterator().nextDoc()) {
                    if (live == null || live.get(d)) {
                        one.add(d + ":" + single.score());
                    }
                }
                List<String> batched = new ArrayList<>();
                Scorer batches = weight.scorer(leaf);
                batches.iterator().nextDoc();
                DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();
                for (int upTo = 500; batches.docID() != DocIdSetIterator.NO_MORE_DOCS; upTo += 500) {
                    for (batches.nextDocsAndScores(upTo, live, buffer); buffer.size > 0;
                         batches.nextDocsAndScores(upTo, live, buffer)) {
                        for (int i = 0; i < buffer.size; i++) {
                            assertThat(buffer.docs[i]).isLessThan(upTo);
                            batched.add(buffer.docs[i] + ":" + buffer.features[i]);
                        }
                    }
                    assertThat(batches.docID()).isGreaterThanOrEqualTo(upTo);
                }
                assertThat(batched).isNotEmpty().isEqualTo(one);
            }
        }
    }

    @Test
    void conjunctionsAdvanceIntoBlocks() throws IOException {
        forEveryWordPair((body, title) -> {
            Query ours = conjunction(body, new ParentScoredClausesQuery(titleQuery(title), PARENTS));
            Query lucene = conjunction(body, new ToChildBlockJoinQuery(titleQuery(title), PARENTS));
            assertThat(render(all(ours))).as(body + " " + title).isEqualTo(render(all(lucene)));
        });
    }

    /** A check of one clause-text word and one title word. */
    private interface PairCheck {
        void check(String body, String title) throws IOException;
    }

    private static void forEveryWordPair(PairCheck check) throws IOException {
        for (String body : WORDS) {
            for (String title : WORDS) {
                check.check(body, title);
            }
        }
    }

    @Test
    void explanationGivesTheParentsScore() throws IOException {
        Query q = new ParentScoredClausesQuery(titleQuery("c"), PARENTS);
        ScoreDoc first = all(q).scoreDocs[0];
        Explanation e = searcher.explain(q, first.doc);
        assertThat(e.isMatch()).isTrue();
        assertThat(e.getValue().floatValue()).isEqualTo(first.score);
        int parent = nextParent(first.doc);
        assertThat(searcher.explain(q, parent).isMatch()).isFalse();
    }

    @Test
    void rewritesItsParentQueryAndComparesByIt() throws IOException {
        Query q = new ParentScoredClausesQuery(new BooleanQuery.Builder().add(titleQuery("a"), Occur.SHOULD).build(),
                PARENTS);
        assertThat(searcher.rewrite(q)).isEqualTo(new ParentScoredClausesQuery(titleQuery("a"), PARENTS));
        assertThat(q).isNotEqualTo(new ParentScoredClausesQuery(titleQuery("b"), PARENTS));
    }

    private static int nextParent(int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        return leaf.docBase + PARENTS.getBitSet(leaf).nextSetBit(doc - leaf.docBase);
    }

    private static Query titleQuery(String w) {
        return new BoostQuery(new TermQuery(new Term("title", w)), 3f);
    }

    private static Query disjunction(String body, Query join) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term("body", body)), Occur.SHOULD)
                .add(join, Occur.SHOULD).build();
    }

    private static Query conjunction(String body, Query join) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term("body", body)), Occur.MUST)
                .add(join, Occur.MUST).build();
    }

    private static TopDocs all(Query q) throws IOException {
        return searcher.search(q, new TopScoreDocCollectorManager(Math.max(1, reader.maxDoc()), Integer.MAX_VALUE));
    }

    private static String render(TopDocs td) {
        return Arrays.stream(td.scoreDocs).map(sd -> sd.doc + ":" + sd.score).toList().toString();
    }
}
