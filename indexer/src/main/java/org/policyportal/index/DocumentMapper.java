package org.policyportal.index;

import static org.policyportal.index.IndexSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.standards.Mention;
import org.policyportal.standards.ResearchAnswers;
import org.policyportal.standards.Strength;

/**
 * The one mapping between {@link PolicyDocument} and Lucene documents, both ways.
 *
 * <p>{@link #toBlock} yields the clause documents followed by the parent, ready for
 * {@code IndexWriter.addDocuments}/{@code updateDocuments} so the block stays contiguous.
 * {@link #readDocument} and {@link #readClause} invert it from stored fields.
 *
 * <p>Thread-safe: stateless apart from the immutable schema.
 */
public final class DocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Clause text: stored, with offsets for the highlighter. */
    private static final FieldType CLAUSE_TEXT = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Parent text: matched only (snippets come from clauses), so no offsets and not stored. */
    private static final FieldType PARENT_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** Parent word pairs: only whether a policy holds a pair is asked, so no frequencies, positions or norms. */
    private static final FieldType PARENT_PAIRS = pairsType();

    private final IndexSchema schema;

    public DocumentMapper(IndexSchema schema) {
        this.schema = schema;
    }

    /** Clause documents in order, then the parent document; every one already passed through FacetsConfig. */
    public List<Document> toBlock(PolicyDocument doc) {
        List<Clause> clauses = doc.clauses();
        List<Document> block = new ArrayList<>(clauses.size() + 1);
        BlockAnalysis texts = new BlockAnalysis(schema.analyzer());
        String bodyField = bodyField(doc.metadata().language());
        AnalysedText[] bodies = new AnalysedText[clauses.size()];
        List<IndexableField> shared = clauseMetadata(doc.metadata());
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = texts.analyse(bodyField, clauses.get(i).text());
            block.add(build(clauseDocument(doc, clauses.get(i), bodies[i], texts, shared), false));
        }
        block.add(build(parentDocument(doc, bodies, texts), true));
        return block;
    }

    /**
     * The text a policy is searched by in document mode: its title, then its outline as it unfolds, each heading
     * where it starts, and every clause's text. A heading is written once, not once per clause under it: repeated,
     * it inflated its words' term frequencies and the policy's length, and it made 1.2 of corpus-real's 4.2 million
     * policy-text tokens.
     */
    static String policyText(String title, List<Clause> clauses) {
        StringBuilder text = new StringBuilder(title);
        walkPolicyText(clauses, heading -> text.append('\n').append(heading),
                i -> text.append('\n').append(clauses.get(i).text()));
        return text.toString();
    }

    /** {@link #policyText} without its text: the same parts, analysed once each and joined. */
    private static AnalysedText policyTokens(String field, String title, List<Clause> clauses, AnalysedText[] bodies,
                                             BlockAnalysis texts) {
        List<AnalysedText> parts = new ArrayList<>(clauses.size() * 2 + 1);
        parts.add(texts.analyse(field, title));
        walkPolicyText(clauses, heading -> parts.add(texts.analyse(field, heading)), i -> parts.add(bodies[i]));
        return AnalysedText.join(parts);
    }

    /** The parts of {@link #policyText} after the title, in order: headings where they start, and clauses. */
    private static void walkPolicyText(List<Clause> clauses, Consumer<String> heading, IntConsumer clause) {
        List<String> previous = List.of();
        for (int i = 0; i < clauses.size(); i++) {
            List<String> path = clauses.get(i).headingPath();
            int same = 0;
            while (same < path.size() && same < previous.size() && path.get(same).equals(previous.get(same))) {
                same++;
            }
            for (int level = same; level < path.size(); level++) {
                heading.accept(path.get(level));
            }
            clause.accept(i);
            previous = path;
        }
    }

    /**
     * The metadata every clause of a policy repeats ({@link #addSharedMetadata}), its facet fields already put
     * through the clauses' {@code FacetsConfig}: built once per policy, and the same field instances go into each
     * of its clause documents. Lucene only reads a field while it indexes a document, so one instance can serve
     * many; the facet config turns each facet value into the same fields whatever else the document holds. Built
     * and translated again for every clause, they cost {@link #toBlock} about a tenth of its CPU: mapping 600
     * generated policies of 50 clauses now takes 0.89 of the CPU it did (median of 30 interleaved rounds).
     * Corpus-real's index holds the same postings, stored values, norms, doc values and year points as before.
     */
    private List<IndexableField> clauseMetadata(DocumentMetadata m) {
        Document d = new Document();
        addSharedMetadata(d, m);
        return build(d, false).getFields();
    }

    private Document build(Document d, boolean parent) {
        try {
            return schema.facetsConfig(parent).build(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("facet config rejected a document", e);
        }
    }

    private Document parentDocument(PolicyDocument doc, AnalysedText[] bodies, BlockAnalysis texts) {
        DocumentMetadata m = doc.metadata();
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_DOC, Field.Store.NO));
        d.add(new StringField(DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StringField(PATH, doc.path(), Field.Store.YES));
        d.add(new TextField(TITLE, m.title(), Field.Store.YES));
        d.add(new TextField(ISSUING_BODY_TEXT, m.issuingBody(), Field.Store.NO));
        addSharedMetadata(d, m);
        if (m.sourceUrl() != null) {
            d.add(new StoredField(SOURCE_URL, m.sourceUrl()));
        }
        d.add(new StringField(FORMAT, doc.format(), Field.Store.YES));
        d.add(new StoredField(CONTENT_TYPE, doc.contentType()));
        d.add(new StringField(SHA256, doc.sha256(), Field.Store.YES));
        d.add(new StoredField(SIZE_BYTES, doc.sizeBytes()));
        d.add(new StoredField(CHARS, doc.chars()));
        d.add(new StringField(TRUNCATED, Boolean.toString(doc.truncated()), Field.Store.YES));
        d.add(new StoredField(INDEXED_AT, doc.indexedAt().toEpochMilli()));
        d.add(new StoredField(CLAUSE_COUNT, doc.clauses().size()));
        d.add(new StoredField(EXTRA_JSON, toJson(m.extra())));
        for (String f : m.inferred()) {
            d.add(new StringField(INFERRED, f, Field.Store.YES));
        }
        d.add(new StoredField(ANSWERS_JSON, toJson(doc.answers())));

        addMentions(d, doc.clauses().stream().flatMap(c -> c.mentions().stream()).toList(), Field.Store.YES);
        String lang = Analyzers.analyzedLanguage(m.language());
        AnalysedText text = policyTokens(docTextField(lang), m.title(), doc.clauses(), bodies, texts);
        d.add(ReplayedField.words(docTextField(lang), null, text, PARENT_TEXT));
        d.add(ReplayedField.pairs(docPairsField(lang), text, PARENT_PAIRS));

        ResearchAnswers a = doc.answers();
        addFlag(d, Q_DIGITAL, DIM_DIGITAL, a.digitalFocus());
        addFlag(d, Q_SECURITY, DIM_SECURITY, a.securityClauseCount() > 0);
        addFlag(d, Q_STANDARDS, DIM_SECURITY_STANDARDS, a.standardsInSecurity());
        return d;
    }

    private Document clauseDocument(PolicyDocument doc, Clause c, AnalysedText body, BlockAnalysis texts,
                                    List<IndexableField> metadata) {
        DocumentMetadata m = doc.metadata();
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_CLAUSE, Field.Store.NO));
        d.add(new StringField(DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StringField(CLAUSE_ID, clauseId(doc.id(), c.ordinal()), Field.Store.YES));
        d.add(new StringField(PATH, doc.path(), Field.Store.NO));
        metadata.forEach(d::add);
        d.add(new StoredField(ORDINAL, c.ordinal()));
        d.add(new NumericDocValuesField(ORDINAL, c.ordinal()));
        if (c.ref() != null) {
            d.add(new StoredField(REF, c.ref()));
            d.add(new StringField(REF_KEY, c.ref().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        for (String h : c.headingPath()) {
            d.add(ReplayedField.words(HEADING, h, texts.analyseOnce(HEADING, h), TextField.TYPE_STORED));
        }
        d.add(ReplayedField.words(bodyField(m.language()), c.text(), body, CLAUSE_TEXT));
        d.add(new StoredField(MENTIONS_JSON, toJson(c.mentions())));

        addMentions(d, c.mentions(), Field.Store.NO);
        addFlag(d, Q_DIGITAL, DIM_DIGITAL, c.digital());
        addFlag(d, Q_SECURITY, DIM_SECURITY, c.security());
        addFlag(d, Q_STANDARDS, DIM_SECURITY_STANDARDS, c.security() && !c.mentions().isEmpty());
        return d;
    }

    /**
     * Filterable and facetable metadata shared by parent and clause documents. The title and the issuing body's
     * words are the parent's alone: clause mode joins them down (the clauses' copies made 3.4 of corpus-real's 14.8
     * million postings).
     */
    private static void addSharedMetadata(Document d, DocumentMetadata m) {
        d.add(new StringField(COUNTRY, m.country(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(DIM_COUNTRY, m.country()));
        d.add(new StringField(ISSUING_BODY, m.issuingBody(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(DIM_ISSUING_BODY, m.issuingBody()));
        d.add(new StringField(LANGUAGE, m.language(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(DIM_LANGUAGE, m.language()));
        if (m.year() != null) {
            d.add(new IntPoint(YEAR, m.year()));
            d.add(new StoredField(YEAR, m.year()));
            d.add(new NumericDocValuesField(YEAR_SORT, m.year()));
            d.add(new SortedSetDocValuesFacetField(DIM_YEAR, Integer.toString(m.year())));
        } else {
            d.add(new NumericDocValuesField(YEAR_SORT, 0));
        }
    }

    /** Standard ids (facet path category/id) once each, in first-seen order, and the strengths used. */
    private static void addMentions(Document d, List<Mention> mentions, Field.Store storeIds) {
        Set<String> standards = new LinkedHashSet<>();
        Set<Strength> strengths = EnumSet.noneOf(Strength.class);
        for (Mention mention : mentions) {
            if (standards.add(mention.standardId())) {
                d.add(new SortedSetDocValuesFacetField(DIM_STANDARD, mention.category().id(), mention.standardId()));
                d.add(new StringField(STANDARD, mention.standardId(), storeIds));
            }
            strengths.add(mention.strength());
        }
        for (Strength s : strengths) {
            d.add(new StringField(STRENGTH, s.id(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(DIM_STRENGTH, s.id()));
        }
    }

    private static void addFlag(Document d, String field, String dim, boolean value) {
        String v = value ? YES : NO;
        d.add(new StringField(field, v, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(dim, v));
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** Reads a parent document's stored fields; the result has no clauses (load them separately). */
    public PolicyDocument readDocument(Document d) {
        Map<String, String> extra = fromJson(d.get(EXTRA_JSON), new TypeReference<LinkedHashMap<String, String>>() { });
        Set<String> inferred = new HashSet<>(Arrays.asList(d.getValues(INFERRED)));
        IndexableField year = d.getField(YEAR);
        DocumentMetadata m = new DocumentMetadata(d.get(TITLE), d.get(COUNTRY), d.get(ISSUING_BODY),
                year == null ? null : year.numericValue().intValue(), d.get(LANGUAGE), d.get(SOURCE_URL),
                extra, inferred);
        ResearchAnswers answers = readAnswers(d);
        return new PolicyDocument(d.get(DOC_ID), d.get(PATH), d.get(FORMAT), d.get(CONTENT_TYPE), d.get(SHA256),
                d.getField(SIZE_BYTES).numericValue().longValue(), d.getField(CHARS).numericValue().longValue(),
                Boolean.parseBoolean(d.get(TRUNCATED)),
                Instant.ofEpochMilli(d.getField(INDEXED_AT).numericValue().longValue()), m, List.of(), answers);
    }

    /** A parent document's research answers, from its {@link IndexSchema#ANSWERS_JSON} field alone. */
    public ResearchAnswers readAnswers(Document d) {
        return fromJson(d.get(ANSWERS_JSON), new TypeReference<ResearchAnswers>() { });
    }

    /** Standard ids stored on a parent document, in indexing order. */
    public static List<String> readStandards(Document parent) {
        return List.of(parent.getValues(STANDARD));
    }

    /** Reads a clause document's stored fields. */
    public Clause readClause(Document d) {
        return new Clause(d.getField(ORDINAL).numericValue().intValue(), d.get(REF), List.of(d.getValues(HEADING)),
                clauseText(d), readMentions(d), YES.equals(d.get(Q_SECURITY)), YES.equals(d.get(Q_DIGITAL)));
    }

    /** A clause document's standard mentions, from its {@link IndexSchema#MENTIONS_JSON} field alone. */
    public List<Mention> readMentions(Document d) {
        return fromJson(d.get(MENTIONS_JSON), new TypeReference<List<Mention>>() { });
    }

    /** The stored text of a clause document, whatever its language field. */
    public static String clauseText(Document d) {
        for (String f : bodyFields()) {
            String v = d.get(f);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    public static String clauseId(String docId, int ordinal) {
        return docId + "#" + ordinal;
    }

    /** JSON used for stored structured values; exposed so the ingest report and API agree on the format. */
    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored JSON in index", e);
        }
    }

    private static FieldType pairsType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType t = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }
}
