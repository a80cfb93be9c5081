package org.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyportal.index.IndexSchema;

/**
 * Document phrases on an index with word pairs match exactly the policies, with exactly the scores, that the
 * position-checked phrase gives: adjacent words only, stop-word gaps kept, phrases across clause boundaries found.
 */
class WordPairsTest {

    @TempDir
    Path root;
    private SearcherGeneration gen;
    private QueryParser parser;

    @BeforeEach
    void open() throws Exception {
        Path dir = Corpus.publish(root, List.of(
                Corpus.doc("adjacent", "Rules", "NL", "B", 2020, "en",
                        Corpus.clause(1, null, List.of(), "Suppliers keep the supply chain secure.")),
                Corpus.doc("gap", "Rules", "NL", "B", 2020, "en",
                        Corpus.clause(1, null, List.of(), "The chain of supply is long; chain and supply.")),
                Corpus.doc("across", "Rules", "US", "B", 2021, "en",
                        Corpus.clause(1, null, List.of(), "Everything depends on supply"),
                        Corpus.clause(2, null, List.of(), "Chain records are kept.")),
                Corpus.doc("repeated", "Rules", "US", "B", 2021, "en",
                        Corpus.clause(1, null, List.of(), "supply supply chain chain supply chains")),
                Corpus.doc("titled", "Supply chain rules", "DE", "B", 2022, "en",
                        Corpus.clause(1, null, List.of(), "Chains and supplies, never side by side.")),
                Corpus.doc("dutch", "Regels", "NL", "B", 2022, "nl",
                        Corpus.clause(1, null, List.of(), "De leveranciers borgen de beveiliging."))));
        IndexSchema schema = new IndexSchema();
        gen = SearcherGeneration.open(dir, schema, StandardLabels.fallback());
        parser = new QueryParser(schema.analyzers());
    }

    @AfterEach
    void close() throws Exception {
        gen.decRef();
    }

    @Test
    void aNewIndexHasWordPairs() {
        assertThat(gen.wordPairs()).isTrue();
    }

    @Test
    void phrasesMatchTheSamePoliciesWithTheSameScoresAsPositions() throws Exception {
        check("\"supply chain\"", "across", "adjacent", "repeated", "titled");
        check("\"supply chains\"", "across", "adjacent", "repeated", "titled");
        check("\"chain supply\"", "repeated");
        // a stop word's gap takes any word, as in every phrase: "chain and supplies", "chain chain supply"
        check("\"chain of supply\"", "gap", "repeated", "titled");
        check("\"supply chain secure\"", "adjacent");
        check("\"supply chain\" records", "across");
        check("\"supply chain\" -records", "adjacent", "repeated", "titled");
        check("\"leveranciers borgen\"", "dutch");
        check("\"borgen leveranciers\"");
    }

    /** The policies {@code q} finds with word pairs are {@code ids}, in the order and with the scores of positions. */
    private void check(String q, String... ids) throws Exception {
        TopDocs paired = search(parser.parse(q, new SearchTarget(true, gen.parents(), true)).query());
        TopDocs positions = search(parser.parse(q, SearchTarget.documents(gen.parents())).query());

        assertThat(hits(paired)).as(q).isEqualTo(hits(positions));
        Set<String> found = new TreeSet<>();
        for (ScoreDoc sd : paired.scoreDocs) {
            found.add(gen.searcher().storedFields().document(sd.doc).get(IndexSchema.DOC_ID));
        }
        assertThat(found).as(q).containsExactly(ids);
    }

    private TopDocs search(Query q) throws Exception {
        IndexSearcher s = gen.searcher();
        return s.search(q, 100);
    }

    private static List<String> hits(TopDocs td) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }
}
