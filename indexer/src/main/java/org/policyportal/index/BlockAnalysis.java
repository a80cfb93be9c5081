package org.policyportal.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis of one policy's block ({@link DocumentMapper#toBlock}). Texts that recur across its clauses (the
 * policy's title and issuing body on every clause, a heading on each clause under it) are analysed once per field
 * and replayed, and each clause's analysed text is joined into its policy's text ({@link AnalysedText#join}).
 * Corpus-real's build analysed 10.7 million tokens before (the repeats: titles 2.2 million, issuing bodies 1.3,
 * headings 1.5, clause texts a second time 2.8), about 3.0 million after, with the same index; its indexing threads
 * used 18.8-21.6 s of CPU against 22.2-24.1 s.
 *
 * <p>Not thread-safe: one per block, on the thread that builds it.
 */
final class BlockAnalysis {

    private record Key(String field, String text) {
    }

    private final Analyzer analyzer;
    private final Map<Key, AnalysedText> analysed = new HashMap<>();

    BlockAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** {@code text} as the field-aware analyzer makes it for {@code field}. */
    AnalysedText analyse(String field, String text) {
        return AnalysedText.of(analyzer, field, text);
    }

    /** As {@link #analyse}, analysed on the first call for this field and text and replayed after. */
    AnalysedText analyseOnce(String field, String text) {
        return analysed.computeIfAbsent(new Key(field, text), k -> analyse(field, text));
    }
}
