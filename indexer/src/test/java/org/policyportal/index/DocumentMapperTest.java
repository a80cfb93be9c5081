package org.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.standards.Category;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.Strength;

class DocumentMapperTest {

    private final IndexSchema schema = new IndexSchema();
    private final DocumentMapper mapper = new DocumentMapper(schema);

    static PolicyDocument sample() {
        Mention dmarc = new Mention("dmarc", Category.EMAIL, null, 4, 9, "DMARC", Strength.REQUIRED, false);
        List<Clause> clauses = List.of(
                new Clause(1, "1.1", List.of("Email", "Authentication"), "Use DMARC with p=reject.",
                        List.of(dmarc), true, true),
                new Clause(2, null, List.of("Email"), "Plain words.", List.of(), false, false));
        DocumentMetadata meta = new DocumentMetadata("Mail rules", "NL", "Forum Standaardisatie", 2021, "en",
                "https://example.org/x", Map.of("licence", "CC BY 4.0"), Set.of("year"));
        ResearchAnswers answers = new ResearchAnswers(true, List.of(1), 1, List.of(1), true, List.of("dmarc"), List.of(1));
        return new PolicyDocument("abc123", "NL/mail.md", "md", "text/markdown", "ff00", 120, 36, false,
                Instant.ofEpochMilli(1_700_000_000_000L), meta, clauses, answers);
    }

    @Test
    void policyTextWritesEachHeadingWhereItStartsNotOncePerClause() {
        List<Clause> clauses = List.of(
                Clause.of(1, null, List.of("Email"), "one"),
                Clause.of(2, null, List.of("Email"), "two"),
                Clause.of(3, null, List.of("Email", "DMARC"), "three"),
                Clause.of(4, null, List.of("Email", "SPF"), "four"),
                Clause.of(5, null, List.of("Email"), "five"),
                Clause.of(6, null, List.of(), "six"),
                Clause.of(7, null, List.of("Web", "TLS"), "seven"),
                Clause.of(8, null, List.of("Web", "TLS"), "eight"));
        assertThat(DocumentMapper.policyText("Title", clauses)).isEqualTo(String.join("\n",
                "Title", "Email", "one", "two", "DMARC", "three", "SPF", "four", "five", "six", "Web", "TLS", "seven",
                "eight"));
    }

    @Test
    void everyTextFieldIndexesWhatTheAnalyzerMakesOfItsText() throws Exception {
        List<Clause> clauses = List.of(
                Clause.of(1, "1", List.of("The Scope", "Of the rules"), "Suppliers shall use TLS 1.3 for the"),
                Clause.of(2, null, List.of("The Scope", "Of the rules"), "of the and"),
                Clause.of(3, null, List.of("The Scope"), "L'accès aux systèmes d'information " + "x".repeat(300)),
                Clause.of(4, null, List.of(), "The provider's e-mail servers support DMARC."));
        for (String language : List.of("en", "fr", "pt")) {
            DocumentMetadata meta = new DocumentMetadata("The rules of the État", "NL", "The Forum of Standards", 2021,
                    language, null, Map.of(), Set.of());
            PolicyDocument doc = new PolicyDocument("abc123", "NL/x.md", "md", "text/markdown", "ff00", 1, 1, false,
                    Instant.EPOCH, meta, clauses, new ResearchAnswers(false, List.of(), 0, List.of(), false, List.of(),
                    List.of()));
            String policyText = DocumentMapper.policyText(meta.title(), clauses);
            int replayed = 0;
            for (Document d : mapper.toBlock(doc)) {
                for (IndexableField f : d.getFields()) {
                    if (!(f instanceof ReplayedField)) {
                        continue;
                    }
                    replayed++;
                    Analyzer analyzer = schema.analyzer();
                    List<String> actual = AnalysedTextTest.readWithOffsets(f.tokenStream(analyzer, null));
                    if (f.name().startsWith(IndexSchema.DOC_PAIRS_PREFIX)) {
                        assertThat(actual).as(f.name()).isEqualTo(AnalysedTextTest.readWithOffsets(
                                AnalysedText.of(analyzer, IndexSchema.docTextField(language), policyText).pairs()));
                    } else {
                        String text = f.name().startsWith(IndexSchema.DOC_TEXT_PREFIX) ? policyText : f.stringValue();
                        assertThat(actual).as(f.name() + " in " + language)
                                .isEqualTo(AnalysedTextTest.readWithOffsets(analyzer.tokenStream(f.name(), text)));
                    }
                }
            }
            // per clause: body and its headings; the parent: text, pairs
            assertThat(replayed).isEqualTo(4 + 2 + 2 + 1 + 2);
        }
    }

    @Test
    void titleAndIssuingBodyWordsAreOnTheParentOnly() {
        List<Document> block = mapper.toBlock(sample());
        Document parent = block.getLast();
        assertThat(parent.getField(IndexSchema.TITLE)).isNotNull();
        assertThat(parent.getField(IndexSchema.ISSUING_BODY_TEXT)).isNotNull();
        for (Document clause : block.subList(0, block.size() - 1)) {
            assertThat(clause.getFields().stream().map(IndexableField::name))
                    .doesNotContain(IndexSchema.TITLE, IndexSchema.ISSUING_BODY_TEXT);
        }
    }

    @Test
    void everyClauseCarriesItsPolicysFacetValuesBesideItsOwn() {
        List<Document> block = mapper.toBlock(sample());
        Set<String> policy = Set.of("country/NL", "issuingBody/Forum Standaardisatie", "language/en", "year/2021");
        assertThat(facetLabels(block.get(0))).containsExactlyInAnyOrderElementsOf(union(policy, Set.of("standard",
                "standard/email", "standard/email/dmarc", "strength/required", "digital/yes", "security/yes",
                "securityStandards/yes")));
        assertThat(facetLabels(block.get(1))).containsExactlyInAnyOrderElementsOf(union(policy, Set.of(
                "digital/no", "security/no", "securityStandards/no")));
        for (Document clause : block.subList(0, 2)) {
            // the drill-down terms that clause-mode filters match (a dimension alone has none)
            assertThat(java.util.Arrays.stream(clause.getFields(IndexSchema.CLAUSE_FACETS_FIELD))
                    .filter(f -> f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE)
                    .map(f -> f.stringValue().replace(FacetsConfig.DELIM_CHAR, '/')))
                    .contains("country/NL", "issuingBody/Forum Standaardisatie", "year/2021", "language/en");
            assertThat(clause.get(IndexSchema.COUNTRY)).isEqualTo("NL");
        }
    }

    /** The facet values a document's doc values hold for clause counts, as dim/path. */
    private static Set<String> facetLabels(Document d) {
        Set<String> out = new java.util.HashSet<>();
        for (IndexableField f : d.getFields(IndexSchema.CLAUSE_FACETS_FIELD)) {
            if (f instanceof org.apache.lucene.document.SortedSetDocValuesField) {
                out.add(f.binaryValue().utf8ToString().replace(FacetsConfig.DELIM_CHAR, '/'));
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void blockIsClausesThenParent() {
        List<Document> block = mapper.toBlock(sample());
        assertThat(block).hasSize(3);
        assertThat(block.get(0).get(IndexSchema.CLAUSE_ID)).isEqualTo("abc123#1");
        assertThat(block.get(2).get(IndexSchema.CLAUSE_ID)).isNull();
    }

    @Test
    void roundTripsThroughARealIndex() throws Exception {
        PolicyDocument doc = sample();
        try (Directory dir = indexed(doc)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc parentHit = searcher.search(IndexSchema.parentsQuery(), 1).scoreDocs[0];
                PolicyDocument back = mapper.readDocument(searcher.storedFields().document(parentHit.doc));
                assertThat(back).isEqualTo(new PolicyDocument(doc.id(), doc.path(), doc.format(), doc.contentType(),
                        doc.sha256(), doc.sizeBytes(), doc.chars(), doc.truncated(), doc.indexedAt(), doc.metadata(),
                        List.of(), doc.answers()));
                assertThat(DocumentMapper.readStandards(searcher.storedFields().document(parentHit.doc)))
                        .containsExactly("dmarc");

                ScoreDoc[] clauses = searcher.search(IndexSchema.clausesQuery(), 10,
                        new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT))).scoreDocs;
                List<Clause> clausesBack = java.util.Arrays.stream(clauses)
                        .map(h -> readClause(searcher, h.doc)).toList();
                assertThat(clausesBack).isEqualTo(doc.clauses());
            }
        }
    }

    @Test
    void clauseTextIsSearchableInItsLanguageFieldAndFiltersByStandard() throws Exception {
        try (Directory dir = indexed(sample())) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // the clause in the clause field, the parent in the document field: never both in one
                assertThat(searcher.count(new TermQuery(new Term("body_en", "dmarc")))).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new Term("text_en", "dmarc")))).isEqualTo(1);
                assertThat(searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("text_en", "dmarc")), BooleanClause.Occur.MUST)
                        .add(IndexSchema.parentsQuery(), BooleanClause.Occur.FILTER).build())).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new Term(IndexSchema.STANDARD, "dmarc")))).isEqualTo(2);
                assertThat(searcher.count(new TermQuery(new Term(IndexSchema.REF_KEY, "1.1")))).isEqualTo(1);
            }
        }
    }

    @Test
    void citesAnyStandardFindsTheClauseWithAMentionAndItsParentOnly() throws Exception {
        try (Directory dir = indexed(sample())) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query clausesCiting = new BooleanQuery.Builder()
                        .add(IndexSchema.clausesQuery(), BooleanClause.Occur.FILTER)
                        .add(IndexSchema.citesAnyStandard(), BooleanClause.Occur.FILTER).build();
                ScoreDoc[] hits = searcher.search(clausesCiting, 10).scoreDocs;
                assertThat(hits).hasSize(1);
                Document clause = searcher.storedFields().document(hits[0].doc,
                        Set.of(IndexSchema.MENTIONS_JSON));
                assertThat(mapper.readMentions(clause)).isEqualTo(sample().clauses().get(0).mentions());
                assertThat(searcher.count(IndexSchema.citesAnyStandard())).isEqualTo(2);
            }
        }
    }

    @Test
    void facetTermsNameValuesAndCategoriesButNotADimensionAlone() throws Exception {
        try (Directory dir = indexed(sample())) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (boolean documents : List.of(true, false)) {
                    FacetsConfig config = schema.facetsConfig(documents);
                    String field = config.getDimConfig(IndexSchema.DIM_COUNTRY).indexFieldName;
                    List<String> terms = new ArrayList<>();
                    TermsEnum te = MultiTerms.getTerms(reader, field).iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        terms.add(t.utf8ToString().replace(FacetsConfig.DELIM_CHAR, '/'));
                    }
                    assertThat(terms).as(field).contains("country/NL", "standard/email", "standard/email/dmarc")
                            .allMatch(t -> t.contains("/"));

                    DrillDownQuery byCountry = new DrillDownQuery(config);
                    byCountry.add(IndexSchema.DIM_COUNTRY, "NL");
                    DrillDownQuery byCategory = new DrillDownQuery(config);
                    byCategory.add(IndexSchema.DIM_STANDARD, "email");
                    assertThat(searcher.count(byCountry)).isEqualTo(documents ? 1 : 2);
                    assertThat(searcher.count(byCategory)).isEqualTo(1);
                }
            }
        }
    }

    /** An in-memory index holding {@code doc}'s block, as the indexer writes it. */
    private Directory indexed(PolicyDocument doc) throws java.io.IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            w.addDocuments(mapper.toBlock(doc));
        }
        return dir;
    }

    private Clause readClause(IndexSearcher searcher, int doc) {
        try {
            return mapper.readClause(searcher.storedFields().document(doc));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
