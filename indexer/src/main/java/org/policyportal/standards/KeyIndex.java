package org.policyportal.standards;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * The detector's prefilter: which standards have a key token in a text. Tokens are exactly those of
 * {@link StandardsDetector#tokens}: lower-cased runs of letters, runs of digits, and a letter run ending in 'v'
 * before a digit also without the 'v'.
 *
 * <p>Most tokens of a clause are ordinary words. Rather than lower-casing every one into a new string to look it up,
 * the hash code that string would have is computed on the fly and checked against those of the keys; only the few
 * tokens that pass are made into strings and looked up. Same answer, almost no allocation.
 *
 * <p>Thread-safe: immutable.
 */
final class KeyIndex {

    private static final int HASH_BITS = 1 << 16;
    /** {@code String.toLowerCase} does not lower-case these one character at a time (İ, and Σ by context). */
    private static final char DOTTED_CAPITAL_I = '\u0130';
    private static final char CAPITAL_SIGMA = '\u03A3';

    private final Map<String, int[]> standardsByKey;
    /** Bit {@code slot(key.hashCode())} is set for every key: a clear bit proves a token is no key. */
    private final BitSet keyHashes = new BitSet(HASH_BITS);

    /** @param standardsByKey lower-case key token → indexes of the standards it may announce */
    KeyIndex(Map<String, int[]> standardsByKey) {
        this.standardsByKey = Map.copyOf(standardsByKey);
        for (String key : this.standardsByKey.keySet()) {
            keyHashes.set(slot(key.hashCode()));
        }
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (HASH_BITS - 1);
    }

    /**
     * Sets {@code candidate[s]} for every standard {@code s} that a token of {@code text} is a key of.
     *
     * @return true when any token was a key
     */
    boolean mark(String text, boolean[] candidate) {
        boolean any = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean letters = Character.isLetter(text.charAt(i));
            if (!letters && !Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // The run [i, j), and String.hashCode() of its lower case, with and without its last character.
            int j = i;
            int hash = 0;
            int hashBeforeLast = 0;
            char last = 0;
            boolean plain = true;
            for (char c; j < n && (letters ? Character.isLetter(c = text.charAt(j)) : Character.isDigit(c = text.charAt(j))); j++) {
                plain &= c != DOTTED_CAPITAL_I && c != CAPITAL_SIGMA;
                last = letters ? Character.toLowerCase(c) : c;
                hashBeforeLast = hash;
                hash = 31 * hash + last;
            }
            if (!plain) {
                any |= markAsTokens(text, i, j, candidate);
            } else {
                if (keyHashes.get(slot(hash))) {
                    any |= markKey(lowerCase(text, i, j, letters), candidate);
                }
                // "TLSv1.2" also yields "tls"
                if (letters && j - i > 1 && last == 'v' && j < n && Character.isDigit(text.charAt(j))
                        && keyHashes.get(slot(hashBeforeLast))) {
                    any |= markKey(lowerCase(text, i, j - 1, true), candidate);
                }
            }
            i = j;
        }
        return any;
    }

    private static String lowerCase(String text, int from, int to, boolean letters) {
        String token = text.substring(from, to);
        return letters ? token.toLowerCase(Locale.ROOT) : token;
    }

    /** A run whose lower case may differ in length or by context: exactly as {@code tokens()} makes it. */
    private boolean markAsTokens(String text, int from, int to, boolean[] candidate) {
        String t = text.substring(from, to).toLowerCase(Locale.ROOT);
        boolean any = markKey(t, candidate);
        if (t.length() > 1 && t.endsWith("v") && to < text.length() && Character.isDigit(text.charAt(to))) {
            any |= markKey(t.substring(0, t.length() - 1), candidate);
        }
        return any;
    }

    private boolean markKey(String token, boolean[] candidate) {
        int[] standards = standardsByKey.get(token);
        if (standards == null) {
            return false;
        }
        for (int s : standards) {
            candidate[s] = true;
        }
        return true;
    }
}
