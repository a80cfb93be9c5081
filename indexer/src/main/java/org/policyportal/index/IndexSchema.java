package org.policyportal.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * The one definition of the index: field names, document types, facet dimensions, the analyzer and the
 * {@link FacetsConfig}. Indexer and web app both use this class; nothing else names a field.
 *
 * <p>Layout: each policy document is one Lucene block, its clause documents first and the parent document
 * last (the block-join convention). Clause documents repeat the filterable metadata so clause-mode filters
 * and facets need no join; the block gives the parent of a clause in O(1) through a parent bit set. The title
 * and issuing body are searched as words on parents only, and clause mode joins them down to the clauses.
 *
 * <p>Thread-safe: immutable; {@link #analyzer()} returns one shared, thread-safe analyzer.
 */
public final class IndexSchema {

    /**
     * Bumped when the layout changes, or what a file yields (7: a PDF's outline, link targets, form-field names,
     * running headers and footers and contents entries, HTML tooltips, EUR-Lex's source markers and kramdown
     * attribute lists are no longer text; paragraph numbers set apart from their text, in EUR-Lex HTML and Formex,
     * are joined to it; 8: pictures in office documents and a printed form's button glyphs are no longer text; 9:
     * text files that are valid UTF-8 are read as UTF-8, where charset detection had taken some for windows-1252). An
     * index written with another version is rebuilt in full, since an incremental build keeps unchanged files as
     * they were indexed.
     */
    public static final int VERSION = 9;

    // --- document type -------------------------------------------------------------------------
    public static final String TYPE = "type";
    public static final String TYPE_DOC = "doc";
    public static final String TYPE_CLAUSE = "clause";

    // --- identity (both types) ---------------------------------------------------------------------
    /** Parent: the document id. Clause: the id of its document. */
    public static final String DOC_ID = "doc_id";
    /** Clause only: {@code docId#ordinal}. */
    public static final String CLAUSE_ID = "clause_id";
    public static final String PATH = "path";

    // --- metadata (parent stored; both indexed for filters) ---------------------------------------
    /** Parent only (stored, analysed); clause-mode queries reach it through a block join. */
    public static final String TITLE = "title";
    public static final String COUNTRY = "country";
    public static final String ISSUING_BODY = "issuing_body";
    /** Parent only: analysed copy of the issuing body for {@code body:} queries (joined down in clause mode). */
    public static final String ISSUING_BODY_TEXT = "issuing_body_text";
    public static final String YEAR = "year";
    public static final String LANGUAGE = "language";
    public static final String SOURCE_URL = "source_url";
    public static final String FORMAT = "format";
    public static final String CONTENT_TYPE = "content_type";
    public static final String SHA256 = "sha256";
    public static final String SIZE_BYTES = "size_bytes";
    public static final String CHARS = "chars";
    public static final String TRUNCATED = "truncated";
    public static final String INDEXED_AT = "indexed_at";
    public static final String CLAUSE_COUNT = "clause_count";
    /** JSON object of extra manifest columns. */
    public static final String EXTRA_JSON = "extra_json";
    /** Multi-valued: names of inferred metadata fields. */
    public static final String INFERRED = "inferred";
    /** JSON of the research-question answers. */
    public static final String ANSWERS_JSON = "answers_json";
    /** Multi-valued keyword: canonical standard ids (document: all; clause: its own). */
    public static final String STANDARD = "standard";
    /** Multi-valued keyword: strengths of the mentions. */
    public static final String STRENGTH = "strength";
    /** Keyword yes/no flags of the research questions (parent) or the clause's own classification. */
    public static final String Q_DIGITAL = "q_digital";
    public static final String Q_SECURITY = "q_security";
    public static final String Q_STANDARDS = "q_standards";
    /** Numeric doc values used for sorting by year. */
    public static final String YEAR_SORT = "year_sort";

    // --- clause fields -------------------------------------------------------------------------------
    public static final String ORDINAL = "ordinal";
    public static final String REF = "ref";
    /** Keyword, lower-cased clause reference for {@code ref:} lookups. */
    public static final String REF_KEY = "ref_key";
    /** Stored, multi-valued heading path; indexed with the folding analyzer. */
    public static final String HEADING = "heading";
    public static final String MENTIONS_JSON = "mentions_json";

    /** Clause text fields: {@code body_<lang>}. Clause docs store their text here, with offsets for highlighting. */
    public static final String BODY_PREFIX = "body_";
    /** Built once: a search's hits read each clause's text through this list (it was built anew per clause). */
    private static final List<String> BODY_FIELDS =
            Analyzers.LANGUAGES.stream().map(l -> BODY_PREFIX + l).toList();
    /**
     * Parent text fields: {@code text_<lang>}, the whole document (title, each heading once where it starts,
     * clauses), not stored, no offsets.
     * Kept apart from the clause fields so a document-mode query walks parent postings only: with shared fields
     * every matching clause was visited and then dropped by the type filter (at 100,000 documents most of the
     * matching cost).
     */
    public static final String DOC_TEXT_PREFIX = "text_";
    /**
     * Parent word pairs: {@code pairs_<lang>}, each two adjacent words of the parent text as one term
     * ({@link Analyzers#pairTerm}), documents only. A two-word phrase over whole policies is then one term lookup:
     * checking the phrase itself read every position of both words in every policy holding both, which was about
     * 60 % of the matching of a query mix at 100,000 documents. Index version 5 and later.
     */
    public static final String DOC_PAIRS_PREFIX = "pairs_";

    // --- facets -----------------------------------------------------------------------------------------
    public static final String DIM_COUNTRY = "country";
    public static final String DIM_ISSUING_BODY = "issuingBody";
    public static final String DIM_YEAR = "year";
    public static final String DIM_LANGUAGE = "language";
    /** Hierarchical: category id, then standard id. */
    public static final String DIM_STANDARD = "standard";
    public static final String DIM_STRENGTH = "strength";
    public static final String DIM_DIGITAL = "digital";
    public static final String DIM_SECURITY = "security";
    public static final String DIM_SECURITY_STANDARDS = "securityStandards";
    public static final List<String> DIMENSIONS = List.of(DIM_COUNTRY, DIM_ISSUING_BODY, DIM_YEAR, DIM_LANGUAGE,
            DIM_STANDARD, DIM_STRENGTH, DIM_DIGITAL, DIM_SECURITY, DIM_SECURITY_STANDARDS);

    /**
     * Index field (doc values and drill-down terms) of the parents' facet values; clauses use Lucene's default
     * {@code $facets}. Apart, a document-mode filter walks the postings of parents only and a facet count reads
     * parent values only (shared, every clause's values sat between consecutive parents).
     */
    public static final String DOC_FACETS_FIELD = "$doc_facets";
    public static final String CLAUSE_FACETS_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    public static final String YES = "yes";
    public static final String NO = "no";

    private final Analyzers analyzers = new Analyzers();
    private final FacetsConfig documentFacets = buildFacetsConfig(DOC_FACETS_FIELD);
    private final FacetsConfig clauseFacets = buildFacetsConfig(CLAUSE_FACETS_FIELD);

    /** The analyzer for every field, indexing and querying alike. */
    public Analyzer analyzer() {
        return analyzers.perField();
    }

    /** Per-language analyzers, for building queries over each {@code body_<lang>} field. */
    public Analyzers analyzers() {
        return analyzers;
    }

    /** The facet configuration of parent documents ({@code documents}) or of clauses. */
    public FacetsConfig facetsConfig(boolean documents) {
        return documents ? documentFacets : clauseFacets;
    }

    /** The index field holding the facet values of parent documents ({@code documents}) or of clauses. */
    public static String facetsField(boolean documents) {
        return documents ? DOC_FACETS_FIELD : CLAUSE_FACETS_FIELD;
    }

    /** The text field that holds text in the given language (falls back to the folding-only field). */
    public static String bodyField(String language) {
        return BODY_PREFIX + Analyzers.analyzedLanguage(language);
    }

    /** All clause text fields, one per analyzed language (an immutable list, built once). */
    public static List<String> bodyFields() {
        return BODY_FIELDS;
    }

    /** The parent text field for the given language (falls back to the folding-only field). */
    public static String docTextField(String language) {
        return DOC_TEXT_PREFIX + Analyzers.analyzedLanguage(language);
    }

    /** The parent word-pair field for the given language (falls back to the folding-only field). */
    public static String docPairsField(String language) {
        return DOC_PAIRS_PREFIX + Analyzers.analyzedLanguage(language);
    }

    /** Matches every parent document; the block-join parent filter. */
    public static Query parentsQuery() {
        return new TermQuery(new Term(TYPE, TYPE_DOC));
    }

    /** Matches every clause document. */
    public static Query clausesQuery() {
        return new TermQuery(new Term(TYPE, TYPE_CLAUSE));
    }

    /** Matches every document that mentions at least one standard (any term of {@link #STANDARD}). */
    public static Query citesAnyStandard() {
        return new TermRangeQuery(STANDARD, null, null, true, true);
    }

    /**
     * Drill-down terms are indexed for values and, for standards, their category, but not for a dimension alone:
     * filters always name a value, and the dimension's term sat on nearly every document (corpus-real: 1.2 million
     * of the clauses' 2.4 million facet postings). An index written with those terms is searched the same.
     */
    private static FacetsConfig buildFacetsConfig(String field) {
        FacetsConfig config = new FacetsConfig();
        for (String dim : DIMENSIONS) {
            config.setIndexFieldName(dim, field);
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.ALL_PATHS_NO_DIM);
        }
        config.setMultiValued(DIM_STANDARD, true);
        config.setHierarchical(DIM_STANDARD, true);
        config.setMultiValued(DIM_STRENGTH, true);
        return config;
    }
}
