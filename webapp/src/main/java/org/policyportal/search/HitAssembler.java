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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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
        int[][] clauseDocs = perHit == 0 ? new int[page.length][0] : bestClauses(gen, page, parents, pq.relaxed());
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
        // one highlighter pass for the whole page rather than one per hit
        Map<Integer, String> html = highlight(gen, pq, all, fields, clauses);
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
                String text = textOf(clause, fieldOfHit[i]);
                snippets.add(new Snippet(ordinal, clause.get(IndexSchema.REF),
                        snippetHtml(html, d, text), Links.clause(docLink, queryPart, ordinal)));
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
        for (int d : docs) {
            fields.add(IndexSchema.bodyField(clauseDocs.get(d).get(IndexSchema.LANGUAGE)));
        }
        Map<Integer, String> html = highlight(gen, pq, docs, fields, clauseDocs);
        Map<Integer, Parent> parents = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        String queryPart = Links.queryPart(pq.text());
        for (ScoreDoc sd : page) {
            Clause c = mapper.readClause(clauseDocs.get(sd.doc));
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

    /**
     * Per page hit, the clause doc ids to show: the best {@value #SNIPPETS} matches of {@code relaxed} among the
     * document's clauses (score descending, then doc id, as a top-N search per document would rank them), or its
     * first clause when none matches.
     *
     * <p>One search for the whole page instead of one per hit: each search re-creates the weight of the relaxed
     * query over every term, language field and segment (JFR: HitAssembler.bestClauses 20 % of serving CPU, most
     * of it TermStates.build). The page's clauses are the doc-id ranges of their blocks ({@link DocRangesQuery}:
     * no term lookups, and no scorers in segments without page hits), and a clause is assigned to its hit through
     * the block's parent bit set. Scores are those of {@code relaxed} alone (the range filter does not score), so
     * the choice equals the per-document search.
     */
    private static int[][] bestClauses(SearcherGeneration gen, ScoreDoc[] page, Document[] parents, Query relaxed)
            throws IOException {
        int[][] out = new int[page.length][];
        // a hit's clauses are the docs between the previous parent and it (block layout); none: first == parent
        int[] first = new int[page.length];
        int[] parentDocs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            parentDocs[i] = page[i].doc;
            int f = firstClauseOf(gen, page[i].doc);
            first[i] = f < 0 ? page[i].doc : f;
        }
        if (relaxed != null && page.length > 0) {
            Map<Integer, Integer> slotOfParent = new HashMap<>();
            for (int i = 0; i < page.length; i++) {
                slotOfParent.put(page[i].doc, i);
            }
            // only the page's languages: the weight of the relaxed query is built per term, field and segment
            java.util.Set<String> languages = new java.util.HashSet<>();
            for (Document p : parents) {
                languages.add(IndexSchema.bodyField(p.get(IndexSchema.LANGUAGE)));
            }
            Query pruned = Highlighting.onlyFields(relaxed,
                    f -> !f.startsWith(IndexSchema.BODY_PREFIX) || languages.contains(f));
            // the ranges first: in a segment without page hits the conjunction stops before the text's scorers
            Query q = new BooleanQuery.Builder()
                    .add(DocRangesQuery.of(first, parentDocs), Occur.FILTER)
                    .add(pruned == null ? relaxed : pruned, Occur.MUST)
                    .build();
            List<BestOf> found = gen.searcher().search(q, new PerParentCollectorManager(gen, slotOfParent,
                    page.length));
            for (int i = 0; i < page.length; i++) {
                if (found.get(i).size() > 0) {
                    out[i] = found.get(i).docs();
                }
            }
        }
        for (int i = 0; i < page.length; i++) {
            if (out[i] == null) {
                out[i] = first[i] < parentDocs[i] ? new int[] {first[i]} : new int[0];
            }
        }
        return out;
    }

    /**
     * The first clause of a parent, -1 when it has none: the doc after the previous parent in its segment (block
     * layout; clauses are written in ordinal order, and deleted blocks keep their parent bit, so the boundary holds
     * in segments with deletions too).
     */
    static int firstClauseOf(SearcherGeneration gen, int parentDoc) throws IOException {
        List<LeafReaderContext> leaves = gen.searcher().getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(parentDoc, leaves));
        BitSet parents = gen.parents().getBitSet(leaf);
        int local = parentDoc - leaf.docBase;
        int first = local == 0 ? 0 : parents.prevSetBit(local - 1) + 1;
        return first < local ? leaf.docBase + first : -1;
    }

    /**
     * The best {@value #SNIPPETS} of the clauses offered, by score descending, then doc id: the order a top-N search
     * ranks them in. Keeps only those, so a document with thousands of matching clauses is not collected and sorted
     * whole (JFR, corpus-real: the sort was a tenth of snippet choice). Not thread-safe.
     */
    static final class BestOf {
        private final float[] scores = new float[SNIPPETS];
        private final int[] docs = new int[SNIPPETS];
        private int size;

        void offer(int doc, float score) {
            int at = size;
            while (at > 0 && before(doc, score, docs[at - 1], scores[at - 1])) {
                at--;
            }
            if (at == SNIPPETS) {
                return;
            }
            int last = Math.min(size, SNIPPETS - 1);
            System.arraycopy(docs, at, docs, at + 1, last - at);
            System.arraycopy(scores, at, scores, at + 1, last - at);
            docs[at] = doc;
            scores[at] = score;
            size = Math.min(size + 1, SNIPPETS);
        }

        void offerAll(BestOf other) {
            for (int i = 0; i < other.size; i++) {
                offer(other.docs[i], other.scores[i]);
            }
        }

        int size() {
            return size;
        }

        int[] docs() {
            return java.util.Arrays.copyOf(docs, size);
        }

        private static boolean before(int doc, float score, int otherDoc, float otherScore) {
            return score != otherScore ? score > otherScore : doc < otherDoc;
        }
    }

    /** Offers every matching clause to the slot of its parent (hit); clauses of other parents are ignored. */
    private record PerParentCollectorManager(SearcherGeneration gen, Map<Integer, Integer> slotOfParent, int slots)
            implements CollectorManager<PerParentCollectorManager.PerParent, List<BestOf>> {

        final class PerParent implements Collector {
            final List<BestOf> found = new ArrayList<>();

            PerParent() {
                for (int i = 0; i < slots; i++) {
                    found.add(new BestOf());
                }
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                BitSet parentBits = gen.parents().getBitSet(context);
                int base = context.docBase;
                return new LeafCollector() {
                    private Scorable scorer;

                    @Override
                    public void setScorer(Scorable s) {
                        scorer = s;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (parentBits == null) {
                            return;
                        }
                        int parent = parentBits.nextSetBit(doc);
                        Integer slot = parent == DocIdSetIterator.NO_MORE_DOCS ? null : slotOfParent.get(base + parent);
                        if (slot != null) {
                            found.get(slot).offer(base + doc, scorer.score());
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }

        @Override
        public PerParent newCollector() {
            return new PerParent();
        }

        @Override
        public List<BestOf> reduce(java.util.Collection<PerParent> collectors) {
            List<BestOf> merged = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                merged.add(new BestOf());
            }
            for (PerParent c : collectors) {
                for (int i = 0; i < slots; i++) {
                    merged.get(i).offerAll(c.found.get(i));
                }
            }
            return merged;
        }
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

    private static Map<Integer, String> highlight(SearcherGeneration gen, ParsedQuery pq, List<Integer> docs,
                                                  List<String> fields, Map<Integer, Document> loaded)
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
        String[] texts = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            texts[i] = textOf(loaded.get(ids[i]), fieldOf.get(ids[i]));
        }
        String[] html = gen.highlighting().snippets(pq.relaxed(), ids, fieldOf.values().toArray(String[]::new),
                texts);
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
