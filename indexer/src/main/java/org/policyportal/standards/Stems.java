package org.policyportal.standards;

import java.util.Locale;

/**
 * A cheap prefilter for keyword patterns: a clause that contains none of a pattern's fragments cannot match it,
 * so the regular expression (an alternation tried at every position) runs only on the few clauses that might.
 *
 * <p>Thread-safe: stateless.
 */
final class Stems {

    private Stems() {
    }

    /** True when the lower-cased text contains any of the (lower-case) stems. */
    static boolean anyIn(String text, String[] stems) {
        return anyCaseSensitive(text.toLowerCase(Locale.ROOT), stems);
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
}
