package org.policyportal.insights;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.IndexAccess;
import org.policyportal.search.IndexSearchers;
import org.policyportal.search.SearcherGeneration;

/**
 * Finds precedent: the clauses nearest to a given clause among clauses whose country or issuing body differs
 * from its own, with Lucene's {@link MoreLikeThis} over the clause text in its language's {@code body_<lang>}
 * field (so matches are in the same analysis language). The terms of the similarity query are highlighted in each
 * match.
 *
 * <p>Thread-safe: stateless apart from the thread-safe {@link IndexAccess}; a {@link MoreLikeThis} is built per
 * call because it is not thread-safe.
 */
public final class SimilarClausesService {

    public static final int MAX_LIMIT = 50;
    private static final int MAX_QUERY_TERMS = 25;

    private final IndexAccess access;
    private final IndexSchema schema = new IndexSchema();

    public SimilarClausesService(IndexAccess access) {
        this.access = access;
    }

    /**
     * The nearest {@code limit} clauses, or empty when the document or clause does not exist.
     *
     * @throws IllegalArgumentException when limit is outside 1..{@value #MAX_LIMIT}
     */
    public Optional<SimilarClauses> similar(String documentId, int ordinal, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Optional<IndexSearchers.Lease> lease = access.acquire();
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        try (IndexSearchers.Lease l = lease.get()) {
            return find(l.generation(), documentId, ordinal, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("finding similar clauses failed", e);
        }
    }

    private Optional<SimilarClauses> find(SearcherGeneration gen, String documentId, int ordinal, int limit)
            throws IOException {
        ScoreDoc[] found = gen.searcher().search(new TermQuery(new Term(IndexSchema.CLAUSE_ID,
                DocumentMapper.clauseId(documentId, ordinal))), 1).scoreDocs;
        if (found.length == 0) {
            return Optional.empty();
        }
        StoredFields stored = gen.searcher().storedFields();
        Document source = stored.document(found[0].doc);
        String field = IndexSchema.bodyField(source.get(IndexSchema.LANGUAGE));
        MoreLikeThis mlt = new MoreLikeThis(gen.searcher().getIndexReader());
        mlt.setAnalyzer(schema.analyzer());
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        Query like = mlt.like(field, new StringReader(DocumentMapper.clauseText(source)));
        List<String> terms = terms(like);
        SimilarClauses.Match sourceMatch = match(gen, stored, found[0].doc, null, 0f);
        if (terms.isEmpty()) {
            return Optional.of(new SimilarClauses(sourceMatch, terms, List.of()));
        }
        Query sameOrigin = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.COUNTRY, source.get(IndexSchema.COUNTRY))), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ISSUING_BODY, source.get(IndexSchema.ISSUING_BODY))),
                        Occur.FILTER)
                .build();
        Query query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(IndexSchema.clausesQuery(), Occur.FILTER)
                .add(sameOrigin, Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexSchema.DOC_ID, documentId)), Occur.MUST_NOT)
                .build();
        ScoreDoc[] hits = gen.searcher().search(query, limit).scoreDocs;
        int[] ids = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ids[i] = hits[i].doc;
        }
        String[] html = access.highlightWhole(gen, like, ids);
        List<SimilarClauses.Match> matches = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            matches.add(match(gen, stored, hits[i].doc, html[i], hits[i].score));
        }
        return Optional.of(new SimilarClauses(sourceMatch, terms, matches));
    }

    private SimilarClauses.Match match(SearcherGeneration gen, StoredFields stored, int doc, String html, float score)
            throws IOException {
        Clause c = access.mapper().readClause(stored.document(doc));
        PolicyDocument parent = access.mapper().readDocument(stored.document(access.parentOf(gen, doc)));
        String base = "/documents/" + parent.id();
        var m = parent.metadata();
        return new SimilarClauses.Match(parent.id(), c.ordinal(), c.ref(), m.title(), m.country(),
                m.issuingBody(), m.year(), m.language(), c.text(),
                html != null ? html : IndexAccess.escape(c.text()), base + "#clause-" + c.ordinal(),
                base + "/clauses/" + c.ordinal() + "/similar", Float.isNaN(score) ? 0f : score);
    }

    /** The term texts of a MoreLikeThis query (boosted term queries under one boolean query), in query order. */
    private static List<String> terms(Query like) {
        Set<String> out = new LinkedHashSet<>();
        if (like instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                Query q = c.query() instanceof BoostQuery b ? b.getQuery() : c.query();
                if (q instanceof TermQuery tq) {
                    out.add(tq.getTerm().text());
                }
            }
        }
        return List.copyOf(out);
    }
}
