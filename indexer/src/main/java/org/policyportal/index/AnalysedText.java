package org.policyportal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once and replayed as often as fields need it: the tokens exactly as the analyzer gave them
 * (term, position increment, offsets, and the final increment and offset that {@code end()} reports), or the word
 * pairs made from them.
 *
 * <p>Why: a policy's text reached the analyzer several times. Each clause was analysed for its own field and again
 * inside the policy's document-mode text; the policy's title and issuing body once per clause; a heading once per
 * clause under it. {@link #join} rebuilds the document-mode text from its analysed parts, so every part is analysed
 * once. The pairs come from the same tokens: analysing the text a second time for them (Lucene's
 * {@code ShingleFilter}) took the 100,000-file build 713 s of CPU; reusing the words, 584 s.
 *
 * <p>Immutable once built; each stream it hands out is a separate, single-threaded reader of it.
 */
final class AnalysedText {

    private final char[] chars;
    /** Term {@code i} is {@code chars[termEnds[i - 1] .. termEnds[i])}, the first starting at 0. */
    private final int[] termEnds;
    private final int[] increments;
    private final int[] startOffsets;
    private final int[] endOffsets;
    private final int size;
    private final int finalIncrement;
    private final int finalOffset;

    private AnalysedText(char[] chars, int[] termEnds, int[] increments, int[] startOffsets, int[] endOffsets,
                         int size, int finalIncrement, int finalOffset) {
        this.chars = chars;
        this.termEnds = termEnds;
        this.increments = increments;
        this.startOffsets = startOffsets;
        this.endOffsets = endOffsets;
        this.size = size;
        this.finalIncrement = finalIncrement;
        this.finalOffset = finalOffset;
    }

    /** {@code text} as {@code analyzer} makes it for {@code field}. */
    static AnalysedText of(Analyzer analyzer, String field, String text) {
        Builder b = new Builder(text.length());
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b.add(term.buffer(), term.length(), inc.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset());
            }
            ts.end();
            return b.build(inc.getPositionIncrement(), offset.endOffset());
        } catch (IOException e) {
            // analysing a String cannot fail on I/O
            throw new UncheckedIOException("analysis of document text failed", e);
        }
    }

    /**
     * The analysis of the parts' texts joined with a line break between each two, built from the parts without
     * analysing again. It equals analysing the joined text when the analyzer never lets a token or a filter's
     * decision cross a line break, which holds for {@link Analyzers}' chains: the tokenizer breaks words at a line
     * break, and every filter looks at one token at a time. A part's final increment (stop words at its end) moves
     * onto the next token, as in one stream.
     */
    static AnalysedText join(List<AnalysedText> parts) {
        int chars = 0;
        int tokens = 0;
        for (AnalysedText p : parts) {
            chars += p.size == 0 ? 0 : p.termEnds[p.size - 1];
            tokens += p.size;
        }
        Builder b = new Builder(chars, tokens);
        int carried = 0;
        int offsetBase = 0;
        for (int k = 0; k < parts.size(); k++) {
            AnalysedText p = parts.get(k);
            if (k > 0) {
                offsetBase += 1;
            }
            for (int i = 0; i < p.size; i++) {
                int from = p.termStart(i);
                b.add(p.chars, from, p.termEnds[i] - from, p.increments[i] + carried,
                        offsetBase + p.startOffsets[i], offsetBase + p.endOffsets[i]);
                carried = 0;
            }
            carried += p.finalIncrement;
            offsetBase += p.finalOffset;
        }
        return b.build(carried, offsetBase);
    }

    /** The words with their position increments and offsets, exactly as the analyzer gave them. */
    TokenStream words() {
        return new Replay(this, false);
    }

    /** One term per two adjacent, non-empty words. */
    TokenStream pairs() {
        return new Replay(this, true);
    }

    /**
     * {@link #words} or {@link #pairs}, reusing {@code reuse} when it is a replay of the same kind: the indexing
     * chain hands each field its previous stream back, so a field fed thousands of replays builds one stream.
     */
    TokenStream stream(boolean pairs, TokenStream reuse) {
        if (reuse instanceof Replay r && r.pairs == pairs) {
            r.text = this;
            return r;
        }
        return new Replay(this, pairs);
    }

    private int termStart(int i) {
        return i == 0 ? 0 : termEnds[i - 1];
    }

    private boolean pairsWithPrevious(int i) {
        return i > 0 && increments[i] == 1 && termEnds[i] > termStart(i) && termEnds[i - 1] > termStart(i - 1);
    }

    private static final class Builder {
        private char[] chars;
        private int length;
        private int[] termEnds;
        private int[] increments;
        private int[] startOffsets;
        private int[] endOffsets;
        private int size;

        Builder(int textLength) {
            this(textLength, Math.max(16, textLength / 6));
        }

        Builder(int charCapacity, int tokenCapacity) {
            chars = new char[Math.max(16, charCapacity)];
            termEnds = new int[Math.max(1, tokenCapacity)];
            increments = new int[termEnds.length];
            startOffsets = new int[termEnds.length];
            endOffsets = new int[termEnds.length];
        }

        void add(char[] term, int termLength, int increment, int startOffset, int endOffset) {
            add(term, 0, termLength, increment, startOffset, endOffset);
        }

        void add(char[] source, int from, int termLength, int increment, int startOffset, int endOffset) {
            if (length + termLength > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + termLength));
            }
            System.arraycopy(source, from, chars, length, termLength);
            length += termLength;
            if (size == termEnds.length) {
                int n = size * 2;
                termEnds = Arrays.copyOf(termEnds, n);
                increments = Arrays.copyOf(increments, n);
                startOffsets = Arrays.copyOf(startOffsets, n);
                endOffsets = Arrays.copyOf(endOffsets, n);
            }
            termEnds[size] = length;
            increments[size] = increment;
            startOffsets[size] = startOffset;
            endOffsets[size++] = endOffset;
        }

        AnalysedText build(int finalIncrement, int finalOffset) {
            return new AnalysedText(chars, termEnds, increments, startOffsets, endOffsets, size, finalIncrement,
                    finalOffset);
        }
    }

    /** Single-threaded reader of one {@link AnalysedText}; re-pointed to another by {@link #stream}. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final boolean pairs;
        private AnalysedText text;
        private int next;

        Replay(AnalysedText text, boolean pairs) {
            this.text = text;
            this.pairs = pairs;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            AnalysedText t = text;
            if (pairs) {
                while (next < t.size && !t.pairsWithPrevious(next)) {
                    next++;
                }
                if (next >= t.size) {
                    return false;
                }
                appendTerm(t, next - 1);
                term.append(Analyzers.PAIR_SEPARATOR);
                appendTerm(t, next);
            } else {
                if (next >= t.size) {
                    return false;
                }
                appendTerm(t, next);
                inc.setPositionIncrement(t.increments[next]);
                offset.setOffset(t.startOffsets[next], t.endOffsets[next]);
            }
            next++;
            return true;
        }

        private void appendTerm(AnalysedText t, int i) {
            int from = t.termStart(i);
            int length = t.termEnds[i] - from;
            int at = term.length();
            System.arraycopy(t.chars, from, term.resizeBuffer(at + length), at, length);
            term.setLength(at + length);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            inc.setPositionIncrement(pairs ? 0 : text.finalIncrement);
            offset.setOffset(text.finalOffset, text.finalOffset);
        }
    }
}
