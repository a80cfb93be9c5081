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
import org.apache.lucene.search.FieldDoc;
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
 * Loads one document with all or a window of its clauses in ordinal order, each clause's full text HTML-escaped
 * with {@code <mark>} around the query's terms, and the ordinals of all its clauses and of those that match the
 * query.
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

    /**
     * The document with the clauses {@code window} chooses, read and highlighted; the numbers of all its clauses and
     * of those matching come from the index without reading their text.
     *
     * @param pq the query parsed for clause search (its {@code relaxed} part marks and selects clauses)
     */
    Optional<DocumentView> view(SearcherGeneration gen, String id, ParsedQuery pq, ClauseWindow window)
            throws IOException {
        IndexSearcher searcher = gen.searcher();
        Optional<Document> found = parent(searcher, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document parentDoc = found.get();
        PolicyDocument meta = mapper.readDocument(parentDoc);

        Query clausesQuery = HitAssembler.clausesOf(id).build();
        int n = Math.max(1, searcher.count(clausesQuery));
        ScoreDoc[] clauseDocs = searcher.search(clausesQuery, n, BY_ORDINAL).scoreDocs;
        int[] ids = new int[clauseDocs.length];
        Integer[] numbers = new Integer[clauseDocs.length];
        for (int i = 0; i < clauseDocs.length; i++) {
            ids[i] = clauseDocs[i].doc;
            // the sort value is the clause's number: no stored fields read for the clauses not shown
            numbers[i] = (Integer) ((FieldDoc) clauseDocs[i]).fields[0];
        }
        List<Integer> ordinals = List.of(numbers);
        ClauseWindow.Range range = window.choose(ordinals).within(ids.length);
        int[] shown = Arrays.copyOfRange(ids, range.from(), range.to());

        StoredFields stored = searcher.storedFields();
        List<Clause> clauses = new ArrayList<>(shown.length);
        for (int d : shown) {
            clauses.add(mapper.readClause(stored.document(d)));
        }
        String[] marked = pq.relaxed() == null ? new String[shown.length]
                : gen.highlighting().wholeText(pq.relaxed(), shown);
        List<String> highlighted = new ArrayList<>(shown.length);
        for (int i = 0; i < shown.length; i++) {
            highlighted.add(marked[i] != null ? marked[i] : Html.escape(clauses.get(i).text()));
        }
        List<Integer> matches = pq.relaxed() == null ? List.of()
                : matchingOrdinals(searcher, id, pq.relaxed(), ids, ordinals);
        return Optional.of(new DocumentView(meta.withClauses(clauses),
                hits.refs(gen, DocumentMapper.readStandards(parentDoc)), highlighted, matches, ordinals,
                range.from()));
    }

    /** The numbers of the clauses ({@code ids}, numbered {@code ordinals}) that match {@code relaxed}, in order. */
    private static List<Integer> matchingOrdinals(IndexSearcher searcher, String id, Query relaxed, int[] ids,
                                                  List<Integer> ordinals) throws IOException {
        Query q = HitAssembler.clausesOf(id).add(relaxed, Occur.MUST).build();
        Set<Integer> matching = new HashSet<>();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, ids.length)).scoreDocs) {
            matching.add(sd.doc);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (matching.contains(ids[i])) {
                out.add(ordinals.get(i));
            }
        }
        return out;
    }
}
