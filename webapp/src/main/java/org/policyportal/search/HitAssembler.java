package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitSet;
import org.policyportal.document.Clause;
import org.policyportal.document.DocumentMetadata;
import org.policyportal.document.PolicyDocument;
import org.policyportal.index.DocumentMapper;
import org.policyportal.index.IndexSchema;
import org.policyportal.metadata.Countries;
import org.policyportal.standards.Mention;

/**
 * Builds the {@link Hit}s of one result page from stored fields, with highlighted snippets. Document hits get
 * their best {@value #SNIPPETS} clauses under the OR-relaxed query (first clause when nothing in the clauses
 * matches); clause hits get their parent's metadata through the block's parent bit set.
 *
 * <p>Thread-safe: stateless apart from immutable collaborators.
 */
final class HitAssembler {

    static final int SNIPPETS = 3;
    private static final Sort BY_ORDINAL = new Sort(new SortField(IndexSchema.ORDINAL, SortField.Type.INT));

    private final DocumentMapper mapper;
    private final StandardLabels labels;

    HitAssembler(DocumentMapper mapper, StandardLabels labels) {
        this.mapper = mapper;
        this.labels = labels;
    }

    List<Hit> documentHits(SearcherGeneration gen, ScoreDoc[] page, ParsedQuery pq) throws IOException {
        StoredFields stored = gen.searcher().storedFields();
        List<Document> parents = new ArrayList<>();
        List<int[]> clauseDocs = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (ScoreDoc sd : page) {
            Document parent = stored.document(sd.doc);
            int[] best = bestClauses(gen, parent.get(IndexSchema.DOC_ID), pq.relaxed());
            parents.add(parent);
            clauseDocs.add(best);
            Arrays.stream(best).forEach(all::add);
        }
        // one highlighter pass for the whole page rather than one per hit
        Map<Integer, String> html = highlight(gen, pq, all);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document parent = parents.get(i);
            PolicyDocument doc = mapper.readDocument(parent);
            List<Snippet> snippets = new ArrayList<>();
            for (int d : clauseDocs.get(i)) {
                Clause c = mapper.readClause(stored.document(d));
                snippets.add(new Snippet(c.ordinal(), c.ref(), html.getOrDefault(d, Highlighting.leadingText(c.text())),
                        Links.clause(doc.id(), pq.text(), c.ordinal())));
            }
            hits.add(hit(doc, refs(gen, DocumentMapper.readStandards(parent)), snippets, Links.document(doc.id()),
                    null, page[i].score));
        }
        return hits;
    }

    List<Hit> clauseHits(SearcherGeneration gen, ScoreDoc[] page, ParsedQuery pq) throws IOException {
        StoredFields stored = gen.searcher().storedFields();
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc sd : page) {
            docs.add(sd.doc);
        }
        Map<Integer, String> html = highlight(gen, pq, docs);
        Map<Integer, PolicyDocument> parents = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : page) {
            Clause c = mapper.readClause(stored.document(sd.doc));
            int parentDoc = parentOf(gen, sd.doc);
            PolicyDocument doc = parents.get(parentDoc);
            if (doc == null) {
                doc = mapper.readDocument(stored.document(parentDoc));
                parents.put(parentDoc, doc);
            }
            String url = Links.clause(doc.id(), pq.text(), c.ordinal());
            Snippet snippet = new Snippet(c.ordinal(), c.ref(),
                    html.getOrDefault(sd.doc, Highlighting.leadingText(c.text())), url);
            List<String> standards = c.mentions().stream().map(Mention::standardId).distinct().toList();
            hits.add(hit(doc, refs(gen, standards), List.of(snippet), url, c, sd.score));
        }
        return hits;
    }

    /** The parent of a clause: the first parent document at or after it in its segment (block layout). */
    static int parentOf(SearcherGeneration gen, int clauseDoc) throws IOException {
        List<LeafReaderContext> leaves = gen.searcher().getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(clauseDoc, leaves));
        BitSet parents = gen.parents().getBitSet(leaf);
        return leaf.docBase + parents.nextSetBit(clauseDoc - leaf.docBase);
    }

    List<StandardRef> refs(SearcherGeneration gen, List<String> standardIds) {
        return standardIds.stream().map(id -> {
            String category = gen.catalog().categoryOf(id);
            return new StandardRef(id, labels.label(id), category != null ? category : labels.categoryOf(id));
        }).toList();
    }

    /** Clause doc ids of document {@code id}: best matches of {@code relaxed}, or the first clause. */
    private static int[] bestClauses(SearcherGeneration gen, String id, Query relaxed) throws IOException {
        BooleanQuery.Builder b = clausesOf(id);
        if (relaxed != null) {
            ScoreDoc[] best = gen.searcher().search(b.add(relaxed, Occur.MUST).build(), SNIPPETS).scoreDocs;
            if (best.length > 0) {
                return Arrays.stream(best).mapToInt(sd -> sd.doc).toArray();
            }
        }
        return Arrays.stream(gen.searcher().search(clausesOf(id).build(), 1, BY_ORDINAL).scoreDocs)
                .mapToInt(sd -> sd.doc).toArray();
    }

    static BooleanQuery.Builder clausesOf(String docId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), Occur.FILTER)
                .add(IndexSchema.clausesQuery(), Occur.FILTER);
    }

    private static Map<Integer, String> highlight(SearcherGeneration gen, ParsedQuery pq, List<Integer> docs)
            throws IOException {
        Map<Integer, String> out = new HashMap<>();
        if (pq.relaxed() == null || docs.isEmpty()) {
            return out;
        }
        int[] ids = docs.stream().mapToInt(Integer::intValue).distinct().toArray();
        String[] html = gen.highlighting().snippets(pq.relaxed(), ids);
        for (int i = 0; i < ids.length; i++) {
            if (html[i] != null) {
                out.put(ids[i], html[i]);
            }
        }
        return out;
    }

    private static Hit hit(PolicyDocument doc, List<StandardRef> standards, List<Snippet> snippets, String url,
                           Clause clause, float score) {
        DocumentMetadata m = doc.metadata();
        return new Hit(doc.id(), doc.path(), m.title(), m.country(), Countries.name(m.country()), m.issuingBody(),
                m.year(), m.language(), standards, snippets, url, clause == null ? null : clause.ordinal(),
                clause == null ? null : clause.ref(), clause == null ? List.of() : clause.headingPath(),
                Float.isNaN(score) ? 0f : score);
    }
}
