package org.policyportal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
