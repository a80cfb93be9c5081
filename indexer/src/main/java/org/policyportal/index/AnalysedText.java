package org.policyportal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A parent's text analysed once and replayed twice: as the words of {@code text_<lang>} and as the word pairs of
 * {@code pairs_<lang>} ({@link Analyzers#pairTerm}; a gap left by a dropped stop word makes no pair, nor does an
 * empty word). Analysing the text a second time for the pairs (Lucene's {@code ShingleFilter}) took the 100,000-file
 * build 713 s of CPU; analysing it once, 584 s.
 *
 * <p>Immutable once built; each stream it hands out is a separate, single-threaded reader of it.
 */
final class AnalysedText {

    private final String[] terms;
    private final int[] increments;
    private final int size;
    private final int finalIncrement;

    private AnalysedText(String[] terms, int[] increments, int size, int finalIncrement) {
        this.terms = terms;
        this.increments = increments;
        this.size = size;
        this.finalIncrement = finalIncrement;
    }

    /** {@code text} as {@code analyzer} makes it for {@code field}. */
    static AnalysedText of(Analyzer analyzer, String field, String text) {
        String[] terms = new String[Math.max(16, text.length() / 6)];
        int[] increments = new int[terms.length];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    increments = Arrays.copyOf(increments, n * 2);
                }
                terms[n] = term.toString();
                increments[n++] = inc.getPositionIncrement();
            }
            ts.end();
            return new AnalysedText(terms, increments, n, inc.getPositionIncrement());
        } catch (IOException e) {
            // analysing a String cannot fail on I/O
            throw new UncheckedIOException("analysis of document text failed", e);
        }
    }

    /** The words with their position increments, exactly as the analyzer gave them. */
    TokenStream words() {
        return new Replay(false);
    }

    /** One term per two adjacent, non-empty words. */
    TokenStream pairs() {
        return new Replay(true);
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final boolean pairs;
        private int next;

        Replay(boolean pairs) {
            this.pairs = pairs;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (pairs) {
                while (next < size && !pairsWithPrevious(next)) {
                    next++;
                }
                if (next >= size) {
                    return false;
                }
                term.append(terms[next - 1]).append(Analyzers.PAIR_SEPARATOR).append(terms[next]);
            } else {
                if (next >= size) {
                    return false;
                }
                term.append(terms[next]);
                inc.setPositionIncrement(increments[next]);
            }
            next++;
            return true;
        }

        private boolean pairsWithPrevious(int i) {
            return i > 0 && increments[i] == 1 && !terms[i].isEmpty() && !terms[i - 1].isEmpty();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            inc.setPositionIncrement(pairs ? 0 : finalIncrement);
        }
    }
}
