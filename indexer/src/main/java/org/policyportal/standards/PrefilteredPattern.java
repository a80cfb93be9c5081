package org.policyportal.standards;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched exactly like {@link Matcher#find()}, but tried only at positions where a match can
 * begin. {@code find()} runs the whole pattern (for the keyword lists, an alternation of dozens of case-insensitive
 * words) at every character; most positions can be ruled out from two characters of text.
 *
 * <p>The table of possible starts is derived from the pattern itself: a string {@code xyz} that makes
 * {@link Matcher#lookingAt()} fail without {@link Matcher#hitEnd()} proves that no match starts with {@code xyz}
 * whatever follows (the engine looked at nothing beyond it). The table covers the first three characters when they
 * are ASCII (a non-ASCII one ends the test: the position is tried). A pattern that begins with {@value #NOT_AFTER_LETTER} is also not tried right after a
 * letter (its lookbehind fails there). Everything else is decided by the pattern, on the whole text with transparent
 * bounds, so lookbehind and lookahead see the same characters as in {@code find()}.
 *
 * <p>The derivation is sound only for patterns whose behaviour at a position does not depend on text <em>before</em>
 * it other than through negative lookbehind: positive lookbehind, {@code \b}, {@code \B} and {@code \G} are refused,
 * as are patterns that could begin a match on a lone low surrogate (where {@code find()} may skip positions).
 *
 * <p>Thread-safe: immutable; every search uses its own {@link Matcher}.
 */
final class PrefilteredPattern {

    /** The negative lookbehind that keyword patterns start with: a match begins at a word start. */
    static final String NOT_AFTER_LETTER = "(?<![\\p{L}])";

    private static final int ASCII = 128;
    private static final int MAX_PAIRS_FOR_THIRDS = 1024;
    private static final List<String> REFUSED = List.of("(?<=", "\\b", "\\B", "\\G");

    private final Pattern pattern;
    /** {@code pairs[x * 128 + y]}: a match may start with the ASCII characters x, y. */
    private final boolean[] pairs = new boolean[ASCII * ASCII];
    /** {@code thirds[x * 128 + y][z]}: a match may start with x, y, z; null where not worked out (any z may follow). */
    private final boolean[][] thirds = new boolean[ASCII * ASCII][];
    /** {@code lasts[x]}: a match may start with x as the text's last character. */
    private final boolean[] lasts = new boolean[ASCII];
    private final boolean emptyAtEnd;
    private final boolean notAfterLetter;

    PrefilteredPattern(Pattern pattern) {
        this.pattern = pattern;
        String source = pattern.pattern();
        for (String construct : REFUSED) {
            if (source.contains(construct)) {
                throw new IllegalArgumentException("no start table for a pattern with " + construct + ": " + source);
            }
        }
        if (mayStartWith("\uDC00")) {
            throw new IllegalArgumentException("pattern may begin on a low surrogate: " + source);
        }
        // Only prefixes that can still begin a match are extended (most characters cannot), which keeps this cheap.
        int possiblePairs = 0;
        for (char x = 0; x < ASCII; x++) {
            lasts[x] = mayStartWith(String.valueOf(x));
            for (char y = 0; lasts[x] && y < ASCII; y++) {
                pairs[x * ASCII + y] = mayStartWith(new String(new char[] {x, y}));
                possiblePairs += pairs[x * ASCII + y] ? 1 : 0;
            }
        }
        // A pattern that may start with nearly any pair of letters (a leading \p{L}*) gains nothing from a third
        // character but would cost a million probes; the others get one.
        for (int pair = 0; possiblePairs <= MAX_PAIRS_FOR_THIRDS && pair < pairs.length; pair++) {
            if (pairs[pair]) {
                thirds[pair] = new boolean[ASCII];
                for (char z = 0; z < ASCII; z++) {
                    thirds[pair][z] = mayStartWith(new String(new char[] {(char) (pair / ASCII), (char) (pair % ASCII), z}));
                }
            }
        }
        emptyAtEnd = pattern.matcher("").lookingAt();
        notAfterLetter = source.startsWith(NOT_AFTER_LETTER);
    }

    private boolean mayStartWith(String prefix) {
        Matcher m = pattern.matcher(prefix);
        return m.lookingAt() || m.hitEnd();
    }

    /** Exactly {@code pattern().matcher(text).find()}. */
    boolean find(CharSequence text) {
        return next(text, null, 0) != null;
    }

    /**
     * The match that {@code find()} would report next when the previous match ended at {@code from} (0 for the
     * first): the returned matcher holds it ({@code start()}, {@code end()}, {@code group()}); null when there is
     * none. To continue after a match {@code m}, pass {@code m} back with {@code from = m.end()}, or
     * {@code m.end() + 1} when it was empty, as {@code find()} does.
     *
     * @param reuse a matcher this method returned for the same text, or null
     */
    Matcher next(CharSequence text, Matcher reuse, int from) {
        int n = text.length();
        Matcher m = reuse;
        for (int i = from; i <= n; i++) {
            if (!mayStartAt(text, i, n)) {
                continue;
            }
            if (m == null) {
                m = wholeTextMatcher(pattern, text);
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private boolean mayStartAt(CharSequence text, int i, int n) {
        if (i == n) {
            return emptyAtEnd;
        }
        if (notAfterLetter && i > 0) {
            char before = text.charAt(i - 1);
            // A supplementary letter before i is left to the pattern's own lookbehind.
            if (!Character.isSurrogate(before) && Character.isLetter(before)) {
                return false;
            }
        }
        char x = text.charAt(i);
        if (x >= ASCII) {
            return true;
        }
        if (i + 1 == n) {
            return lasts[x];
        }
        char y = text.charAt(i + 1);
        if (y >= ASCII) {
            return true;
        }
        int pair = x * ASCII + y;
        if (!pairs[pair] || i + 2 == n) {
            return pairs[pair];
        }
        char z = text.charAt(i + 2);
        boolean[] third = thirds[pair];
        return third == null || z >= ASCII || third[z];
    }

    /**
     * A matcher of {@code p} over {@code text} for matching at chosen starts with {@code region(start, end)} and
     * {@code lookingAt()}: transparent, non-anchoring bounds, so lookbehind and lookahead see the whole text as
     * in {@code find()}.
     */
    static Matcher wholeTextMatcher(Pattern p, CharSequence text) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    Pattern pattern() {
        return pattern;
    }
}
