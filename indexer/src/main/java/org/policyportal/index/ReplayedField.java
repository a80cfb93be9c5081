package org.policyportal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * A text field indexed from tokens analysed beforehand, and stored as its text when its type stores. Lucene's own
 * {@code Field} takes either a text, which the indexing chain analyses, or a token stream, which cannot be stored;
 * this one is both, so a clause's text is analysed once for its clause field and its policy's text.
 *
 * <p>Not thread-safe, like every {@code Field}: one document, one indexing thread.
 */
final class ReplayedField extends Field {

    private final AnalysedText tokens;
    private final boolean pairs;

    private ReplayedField(String name, String text, AnalysedText tokens, boolean pairs, IndexableFieldType type) {
        super(name, type);
        if (type.stored() && text == null) {
            throw new IllegalArgumentException("stored field " + name + " needs its text");
        }
        this.fieldsData = text;
        this.tokens = tokens;
        this.pairs = pairs;
    }

    /** {@code tokens}' words; {@code text} is what they were analysed from, kept when {@code type} stores. */
    static ReplayedField words(String name, String text, AnalysedText tokens, IndexableFieldType type) {
        return new ReplayedField(name, text, tokens, false, type);
    }

    /** The word pairs of {@code tokens}, indexed only. */
    static ReplayedField pairs(String name, AnalysedText tokens, IndexableFieldType type) {
        return new ReplayedField(name, null, tokens, true, type);
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return tokens.stream(pairs, reuse);
    }
}
