package org.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitSet;
import org.policyportal.document.Clause;
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

    private final DocumentMapper mapper;
    private final StandardLabels labels;

    HitAssembler(DocumentMapper mapper, StandardLabels labels) {
        this.mapper = mapper;
        this.labels = labels;
    }

    List<Hit> documentHits(SearcherGeneration gen, ScoreDoc[] page, ParsedQuery pq) throws IOException {
        return documentHits(gen, page, pq, SNIPPETS);
    }

    /**
     * Document hits with the best {@code perHit} clauses each (0 to {@value #SNIPPETS}): the first {@code perHit}
     * of the page's usual choice, so an export that shows one snippet reads and highlights one clause per hit.
     */
    List<Hit> documentHits(SearcherGeneration gen, ScoreDoc[] page, ParsedQuery pq, int perHit) throws IOException {
        StoredDocuments stored = gen.stored();
        Map<Integer, Document> pageDocs = stored.documents(Arrays.stream(page).map(sd -> sd.doc).toList());
        Document[] parents = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            parents[i] = pageDocs.get(page[i].doc);
        }
        int[][] clauseDocs = perHit == 0 ? new int[page.length][0] : BestClauses.of(gen, page, parents, pq.relaxed());
        for (int i = 0; i < page.length; i++) {
            if (clauseDocs[i].length > perHit) {
                clauseDocs[i] = Arrays.copyOf(clauseDocs[i], perHit);
            }
        }
        List<Integer> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        String[] fieldOfHit = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            // a clause's text is in its document's language field
            String field = IndexSchema.bodyField(parents[i].get(IndexSchema.LANGUAGE));
            fieldOfHit[i] = field;
            for (int d : clauseDocs[i]) {
                all.add(d);
                fields.add(field);
            }
        }
        Map<Integer, Document> clauses = stored.documents(all);
        // each clause's text read once, for the highlighter and the snippet
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            for (int d : clauseDocs[i]) {
                texts.putIfAbsent(d, textOf(clauses.get(d), fieldOfHit[i]));
            }
        }
        // one highlighter pass for the whole page rather than one per hit
        Map<Integer, String> html = highlight(gen, pq, all, fields, texts);
        List<Hit> hits = new ArrayList<>();
        String queryPart = Links.queryPart(pq.text());
        for (int i = 0; i < page.length; i++) {
            Document parent = parents[i];
            Parent doc = Parent.of(parent);
            String docLink = Links.document(doc.id());
            List<Snippet> snippets = new ArrayList<>();
            for (int d : clauseDocs[i]) {
                // a snippet needs ordinal, ref and text only: no mentions JSON to parse
                Document clause = clauses.get(d);
                int ordinal = clause.getField(IndexSchema.ORDINAL).numericValue().intValue();
                snippets.add(new Snippet(ordinal, clause.get(IndexSchema.REF),
                        snippetHtml(html, d, texts.get(d)), Links.clause(docLink, queryPart, ordinal)));
            }
            hits.add(hit(doc, refs(gen, DocumentMapper.readStandards(parent)), snippets, docLink,
                    null, page[i].score));
        }
        return hits;
    }

    List<Hit> clauseHits(SearcherGeneration gen, ScoreDoc[] page, ParsedQuery pq) throws IOException {
        StoredDocuments stored = gen.stored();
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc sd : page) {
            docs.add(sd.doc);
        }
        Map<Integer, Document> clauseDocs = stored.documents(docs);
        List<String> fields = new ArrayList<>();
        Map<Integer, Clause> clauses = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int d : docs) {
            Document doc = clauseDocs.get(d);
            fields.add(IndexSchema.bodyField(doc.get(IndexSchema.LANGUAGE)));
            Clause c = clauses.computeIfAbsent(d, x -> mapper.readClause(doc));
            texts.put(d, c.text());
        }
        Map<Integer, String> html = highlight(gen, pq, docs, fields, texts);
        Map<Integer, Parent> parents = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        String queryPart = Links.queryPart(pq.text());
        for (ScoreDoc sd : page) {
            Clause c = clauses.get(sd.doc);
            int parentDoc = parentOf(gen, sd.doc);
            Parent doc = parents.get(parentDoc);
            if (doc == null) {
                doc = Parent.of(stored.document(parentDoc));
                parents.put(parentDoc, doc);
            }
            String url = Links.clause(Links.document(doc.id()), queryPart, c.ordinal());
            Snippet snippet = new Snippet(c.ordinal(), c.ref(),
                    snippetHtml(html, sd.doc, c.text()), url);
            List<String> standards = c.mentions().stream().map(Mention::standardId).distinct().toList();
            hits.add(hit(doc, refs(gen, standards), List.of(snippet), url, c, sd.score));
        }
        return hits;
    }

    /**
     * The highlighted snippet of a clause, or its escaped leading text when nothing in it matched; the fallback is
     * built only then (built eagerly, it was 0.4 % of search CPU for text thrown away).
     */
    private static String snippetHtml(Map<Integer, String> html, int doc, String text) {
        String marked = html.get(doc);
        return marked != null ? marked : Highlighting.leadingText(text);
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

    static BooleanQuery.Builder clausesOf(String docId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DOC_ID, docId)), Occur.FILTER)
                .add(IndexSchema.clausesQuery(), Occur.FILTER);
    }

    /** Snippets of {@code docs} (highlighted on {@code fields}), from the already loaded clause documents. */
    /**
     * A clause's stored text, read from {@code field} (its document's language field) when it is there: one field
     * lookup instead of {@link DocumentMapper#clauseText}'s walk over every language field (1 % of search CPU).
     */
    private static String textOf(Document clause, String field) {
        String text = field == null ? null : clause.get(field);
        return text != null ? text : DocumentMapper.clauseText(clause);
    }

    /** Highlighted snippets of {@code docs} (each in its field of {@code fields}), from their {@code texts}. */
    private static Map<Integer, String> highlight(SearcherGeneration gen, ParsedQuery pq, List<Integer> docs,
                                                  List<String> fields, Map<Integer, String> texts)
            throws IOException {
        Map<Integer, String> out = new HashMap<>();
        if (pq.relaxed() == null || docs.isEmpty()) {
            return out;
        }
        Map<Integer, String> fieldOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            fieldOf.putIfAbsent(docs.get(i), fields.get(i));
        }
        int[] ids = fieldOf.keySet().stream().mapToInt(Integer::intValue).toArray();
        String[] idTexts = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            idTexts[i] = texts.get(ids[i]);
        }
        String[] html = gen.highlighting().snippets(pq.relaxed(), ids, fieldOf.values().toArray(String[]::new),
                idTexts);
        for (int i = 0; i < ids.length; i++) {
            if (html[i] != null) {
                out.put(ids[i], html[i]);
            }
        }
        return out;
    }

    /**
     * What a hit shows of its document, read straight from the stored fields as {@link DocumentMapper#readDocument}
     * reads them, without parsing the extra and answers JSON a hit never shows (JFR: readDocument 5.7 % of
     * serving CPU, nearly all of it Jackson).
     */
    private record Parent(String id, String path, String title, String country, String issuingBody, Integer year,
                          String language) {
        static Parent of(Document d) {
            IndexableField year = d.getField(IndexSchema.YEAR);
            return new Parent(d.get(IndexSchema.DOC_ID), d.get(IndexSchema.PATH), d.get(IndexSchema.TITLE),
                    d.get(IndexSchema.COUNTRY), d.get(IndexSchema.ISSUING_BODY),
                    year == null ? null : year.numericValue().intValue(), d.get(IndexSchema.LANGUAGE));
        }
    }

    private static Hit hit(Parent m, List<StandardRef> standards, List<Snippet> snippets, String url,
                           Clause clause, float score) {
        return new Hit(m.id(), m.path(), m.title(), m.country(), Countries.name(m.country()), m.issuingBody(),
                m.year(), m.language(), standards, snippets, url, clause == null ? null : clause.ordinal(),
                clause == null ? null : clause.ref(), clause == null ? List.of() : clause.headingPath(),
                Float.isNaN(score) ? 0f : score);
    }
}
