package org.policyportal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
 * <p>Built once per index generation; thread-safe ({@link UnifiedHighlighter} is).
 */
final class Highlighting {

    static final int SNIPPET_CHARS = 250;
    private static final String[] FIELDS = IndexSchema.bodyFields().toArray(String[]::new);
    private static final java.util.Set<String> FIELD_SET = java.util.Set.of(FIELDS);

    private final UnifiedHighlighter passages;
    private final UnifiedHighlighter whole;

    Highlighting(IndexSearcher searcher, Analyzer analyzer) {
        EscapingPassageFormatter formatter = new EscapingPassageFormatter();
        passages = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f))
                .build();
        whole = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(WholeBreakIterator::new)
                .build();
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
        String[] out = new String[docIds.length];
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
                        : passages.highlightFields(new String[] {field}, only, ids, new int[] {1}).get(field);
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
        if (query instanceof TermQuery t) {
            return t.getTerm().field().equals(field) ? t : null;
        }
        if (query instanceof PhraseQuery p) {
            return p.getField().equals(field) ? p : null;
        }
        if (query instanceof MultiTermQuery m) {
            return m.getField().equals(field) ? m : null;
        }
        if (query instanceof BoostQuery b) {
            Query inner = onlyField(b.getQuery(), field);
            return inner == null ? null : inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            int n = 0;
            for (BooleanClause c : bq.clauses()) {
                Query q = onlyField(c.query(), field);
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
}
