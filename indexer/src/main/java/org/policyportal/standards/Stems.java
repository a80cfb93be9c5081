package org.policyportal.standards;

import java.util.BitSet;
import java.util.Locale;

/**
 * A cheap prefilter for keyword patterns: a clause that contains none of a pattern's fragments cannot match it,
 * so the regular expression (an alternation tried at every position) runs only on the few clauses that might.
 *
 * <p>Thread-safe: stateless.
 */
final class Stems {

    /**
     * Characters for which {@link String#toLowerCase(Locale)} and the regex engine's case-insensitive comparison
     * ({@code Character.toLowerCase(Character.toUpperCase(c))}, {@code UNICODE_CASE}) disagree: {@code ſ} and
     * {@code ı} match {@code s} and {@code i} in a pattern but stay themselves when lower-cased, {@code İ}
     * lower-cases to two characters, capital sigma to a final sigma at a word end. In a text with one of them a
     * stem missing from the lower-cased text may still be matched by the pattern.
     */
    private static final BitSet FOLDING_SURPRISES = foldingSurprises();
    /** Below this every character lower-cases the way the regex engine folds it (so ASCII text needs no lookup). */
    private static final char FIRST_SURPRISE = (char) FOLDING_SURPRISES.nextSetBit(0);

    private Stems() {
    }

    /** True when the lower-cased text contains any of the (lower-case) stems. */
    static boolean anyIn(String text, String[] stems) {
        return anyCaseSensitive(lower(text), stems);
    }

    /** The lower-cased text that {@link #anyIn} looks at, for callers that test several stem lists. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when the text contains any of the stems as written. */
    static boolean anyCaseSensitive(String text, String[] stems) {
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when a case-insensitive ({@code UNICODE_CASE}) pattern literal equal to one of the lower-case
     * stems cannot occur in {@code text}: a sound skip test for patterns every match of which contains a stem.
     *
     * @param lower {@link #lower}{@code (text)}
     */
    static boolean mayContain(String text, String lower, String[] stems) {
        return anyCaseSensitive(lower, stems) || hasFoldingSurprise(text);
    }

    static boolean hasFoldingSurprise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_SURPRISE && FOLDING_SURPRISES.get(c)) {
                return true;
            }
        }
        return false;
    }

    private static BitSet foldingSurprises() {
        BitSet out = new BitSet(Character.MAX_VALUE + 1);
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            if (!String.valueOf(c).toLowerCase(Locale.ROOT).equals(String.valueOf(folded))) {
                out.set(i);
            }
        }
        out.set('\u03A3'); // lower-cased to a final sigma by context, which a single character does not show
        return out;
    }
}
