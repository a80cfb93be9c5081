package org.policyportal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.policyportal.index.IndexSchema;

/**
 * Highlights clause text from the offsets stored in the postings of {@code body_<lang>}. Every language field is
 * tried, so clauses of different languages can be highlighted in one call. Results are HTML-escaped with
 * {@code <mark>} around matches ({@link EscapingPassageFormatter}); a clause without a match yields null and the
 * caller decides the fallback.
 *
 * <p>Built once per index generation; thread-safe ({@link UnifiedHighlighter} is). Every highlighter here is a
 * {@link SharedWeightHighlighter}: one weight per field and call.
 */
final class Highlighting {

    static final int SNIPPET_CHARS = 250;
    private static final String[] FIELDS = IndexSchema.bodyFields().toArray(String[]::new);
    private static final java.util.Set<String> FIELD_SET = java.util.Set.of(FIELDS);

    private final UnifiedHighlighter.Builder passagesBuilder;
    private final UnifiedHighlighter passages;
    private final UnifiedHighlighter whole;
    private final FieldInfos fieldInfos;

    Highlighting(IndexSearcher searcher, Analyzer analyzer) {
        EscapingPassageFormatter formatter = new EscapingPassageFormatter();
        passagesBuilder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withScorer(new ListPassageScorer())
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f));
        passages = new SharedWeightHighlighter(passagesBuilder);
        fieldInfos = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        whole = new SharedWeightHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withScorer(new ListPassageScorer())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(WholeBreakIterator::new));
    }

    /** One passage of about {@value #SNIPPET_CHARS} chars per clause doc; null where nothing matched. */
    String[] snippets(Query query, int[] docIds) throws IOException {
        return run(passages, query, docIds);
    }

    /**
     * As {@link #snippets(Query, int[])} when each doc's text field is known: {@code fields[i]} is the one
     * {@code body_<lang>} field doc {@code docIds[i]} has. A clause has text in one body field only, so the other
     * fields can only yield null; skipping them gives the same snippets. The unified highlighter rewrites the query,
     * builds its weight and asks it for matches once per doc and field (JFR: 22 % of serving CPU, mostly
     * FieldOffsetStrategy.createOffsetsEnumsWeightMatcher), so it now runs for one field per doc, with the query
     * pruned to that field's leaves ({@link #onlyField}).
     */
    String[] snippets(Query query, int[] docIds, String[] fields) throws IOException {
        return snippets(query, docIds, fields, null);
    }

    /**
     * As {@link #snippets(Query, int[], String[])} with the clause texts already loaded by the caller
     * ({@code texts[i]} is the stored text of {@code docIds[i]}): the highlighter then reads no stored fields.
     * A result page loads each clause once for its ordinal and reference anyway; letting the highlighter load it
     * again doubled the LZ4 decompression of stored-field blocks (JFR: 16 % of serving CPU at 20,000 documents).
     */
    String[] snippets(Query query, int[] docIds, String[] fields, String[] texts) throws IOException {
        String[] out = new String[docIds.length];
        Map<Integer, String> preloaded = new java.util.HashMap<>();
        for (int i = 0; texts != null && i < docIds.length; i++) {
            preloaded.put(docIds[i], texts[i]);
        }
        UnifiedHighlighter h = texts == null ? passages : new Preloaded(passagesBuilder, fieldInfos, preloaded);
        java.util.Map<String, java.util.List<Integer>> byField = new java.util.LinkedHashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byField.computeIfAbsent(fields[i], f -> new java.util.ArrayList<>()).add(i);
        }
        for (var e : byField.entrySet()) {
            java.util.List<Integer> positions = e.getValue();
            int[] ids = new int[positions.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = docIds[positions.get(k)];
            }
            String field = e.getKey();
            String[] values;
            if (field == null || !FIELD_SET.contains(field)) {
                values = run(passages, query, ids);
            } else {
                Query only = onlyField(query, field);
                values = only == null ? null
                        : h.highlightFields(new String[] {field}, only, ids, new int[] {1}).get(field);
            }
            for (int k = 0; values != null && k < ids.length; k++) {
                out[positions.get(k)] = values[k];
            }
        }
        return out;
    }

    /**
     * {@code query} without the leaves on other fields, or null when none is on {@code field}; the query itself
     * when it is not a pure disjunction (then nothing is pruned). The relaxed query is SHOULD clauses all the way
     * down (every word over six language fields, heading, title, ref), and the highlighter builds its weight and
     * asks it for matches once per doc, over every leaf; only leaves on the highlighted field can contribute
     * offsets (the highlighter requires a field match), and in a pure disjunction the matches of a field are the
     * union of its leaves' matches, so the snippets are the same.
     */
    static Query onlyField(Query query, String field) {
        return onlyFields(query, field::equals);
    }

    /**
     * As {@link #onlyField} for every field {@code keep} accepts: a pure disjunction without the leaves on other
     * fields, null when none is left, the query itself when it is not a pure disjunction.
     */
    static Query onlyFields(Query query, java.util.function.Predicate<String> keep) {
        if (query instanceof TermQuery t) {
            return keep.test(t.getTerm().field()) ? t : null;
        }
        if (query instanceof PhraseQuery p) {
            return keep.test(p.getField()) ? p : null;
        }
        if (query instanceof MultiTermQuery m) {
            return keep.test(m.getField()) ? m : null;
        }
        if (query instanceof BoostQuery b) {
            Query inner = onlyFields(b.getQuery(), keep);
            return inner == null ? null : inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            int n = 0;
            for (BooleanClause c : bq.clauses()) {
                Query q = onlyFields(c.query(), keep);
                if (q != null) {
                    kept.add(q, BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : kept.build();
        }
        return query; // anything else: keep whole
    }

    /** The whole clause text per clause doc; null where nothing matched. */
    String[] wholeText(Query query, int[] docIds) throws IOException {
        return run(whole, query, docIds);
    }

    private static String[] run(UnifiedHighlighter h, Query query, int[] docIds) throws IOException {
        String[] out = new String[docIds.length];
        if (docIds.length == 0) {
            return out;
        }
        int[] max = new int[FIELDS.length];
        Arrays.fill(max, 1);
        Map<String, String[]> byField = h.highlightFields(FIELDS, query, docIds, max);
        for (String field : FIELDS) {
            String[] values = byField.get(field);
            for (int i = 0; values != null && i < values.length; i++) {
                if (values[i] != null && out[i] == null) {
                    out[i] = values[i];
                }
            }
        }
        return out;
    }

    /** Escaped leading text of about {@value #SNIPPET_CHARS} chars, cut at a space, for clauses without a match. */
    static String leadingText(String text) {
        String t = text.strip();
        if (t.length() <= SNIPPET_CHARS) {
            return Html.escape(t);
        }
        int cut = t.lastIndexOf(' ', SNIPPET_CHARS);
        return Html.escape(t.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS)) + EscapingPassageFormatter.ELLIPSIS;
    }

    static List<String> fields() {
        return List.of(FIELDS);
    }

    /**
     * A highlighter for one call that takes each doc's text from the caller instead of stored fields, and the
     * field infos from the generation (the default merges them per highlighter instance). Every highlighted doc
     * must be in {@code texts}; a doc has text in the one field it is highlighted on. Not shared between threads.
     */
    private static final class Preloaded extends SharedWeightHighlighter {
        private final FieldInfos infos;
        private final Map<Integer, String> texts;

        Preloaded(Builder builder, FieldInfos infos, Map<Integer, String> texts) {
            super(builder);
            this.infos = infos;
            this.texts = texts;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new java.util.ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] v = new CharSequence[fields.length];
                Arrays.fill(v, texts.getOrDefault(doc, ""));
                values.add(v);
            }
            return values;
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return infos.fieldInfo(field);
        }
    }
}
