package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;

/**
 * Loads one document with all its clauses in ordinal order, each clause's full text HTML-escaped with
 * {@code <mark>} around the query's terms, and the ordinals of the clauses that match the query.
 *
 * <p>Thread-safe: stateless apart from immutable collaborators.
 */
final class DocumentViews {

    private static final Sort BY_ORDINAL = new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT));

    private final DocumentMapper mapper;
    private final HitAssembler hits;

    DocumentViews(DocumentMapper mapper, HitAssembler hits) {
        this.mapper = mapper;
        this.hits = hits;
    }

    /** The parent document's stored fields, when {@code id} names a document. */
    private static Optional<Document> parent(IndexSearcher searcher, String id) throws IOException {
        Query parentQuery = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DOC_ID, id)), Occur.FILTER)
                .add(IndexSchema.parentsQuery(), Occur.FILTER).build();
        ScoreDoc[] parent = searcher.search(parentQuery, 1).scoreDocs;
        return parent.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(parent[0].doc));
    }

    /** The document without its clauses: its parent alone (one stored document, however long the policy). */
    Optional<PolicyDocument> policy(SearcherGeneration gen, String id) throws IOException {
        return parent(gen.searcher(), id).map(mapper::readDocument);
    }

    /** @param pq the query parsed for clause search (its {@code relaxed} part marks and selects clauses) */
    Optional<DocumentView> view(SearcherGeneration gen, String id, ParsedQuery pq) throws IOException {
        IndexSearcher searcher = gen.searcher();
        Optional<Document> found = parent(searcher, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredFields stored = searcher.storedFields();
        Document parentDoc = found.get();
        PolicyDocument meta = mapper.readDocument(parentDoc);

        Query clausesQuery = HitAssembler.clausesOf(id).build();
        int n = Math.max(1, searcher.count(clausesQuery));
        ScoreDoc[] clauseDocs = searcher.search(clausesQuery, n, BY_ORDINAL).scoreDocs;
        int[] ids = Arrays.stream(clauseDocs).mapToInt(sd -> sd.doc).toArray();
        List<Clause> clauses = new ArrayList<>();
        for (int d : ids) {
            clauses.add(mapper.readClause(stored.document(d)));
        }
        String[] marked = pq.relaxed() == null ? new String[ids.length] : gen.highlighting().wholeText(pq.relaxed(), ids);
        List<String> highlighted = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            highlighted.add(marked[i] != null ? marked[i] : Html.escape(clauses.get(i).text()));
        }
        List<Integer> matches = pq.relaxed() == null ? List.of() : matchingOrdinals(searcher, id, pq.relaxed(), ids,
                clauses);

        PolicyDocument doc = new PolicyDocument(meta.id(), meta.path(), meta.format(), meta.contentType(),
                meta.sha256(), meta.sizeBytes(), meta.chars(), meta.truncated(), meta.indexedAt(), meta.metadata(),
                clauses, meta.answers());
        return Optional.of(new DocumentView(doc, hits.refs(gen, DocumentMapper.readStandards(parentDoc)),
                highlighted, matches));
    }

    private static List<Integer> matchingOrdinals(IndexSearcher searcher, String id, Query relaxed, int[] ids,
                                                  List<Clause> clauses) throws IOException {
        Query q = HitAssembler.clausesOf(id).add(relaxed, Occur.MUST).build();
        Set<Integer> matching = new HashSet<>();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, ids.length)).scoreDocs) {
            matching.add(sd.doc);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (matching.contains(ids[i])) {
                out.add(clauses.get(i).ordinal());
            }
        }
        return out;
    }
}
