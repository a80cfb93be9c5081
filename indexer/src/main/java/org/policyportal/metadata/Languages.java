package org.policyportal.metadata;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 639-1 language codes with their English names.
 *
 * <p>Thread-safe: immutable.
 */
public final class Languages {

    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** Normalises {@code EN}, {@code en-GB}, {@code eng} to {@code en}; empty when unknown. */
    public static Optional<String> normalise(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        if (c.length() == 3) {
            Locale l = Locale.forLanguageTag(c);
            c = l.getLanguage();
        }
        return c.length() == 2 && ISO.contains(c) ? Optional.of(c) : Optional.empty();
    }

    /** English name of a code ({@code nl} → Dutch); the code when unknown. */
    public static String name(String code) {
        if (code == null || !ISO.contains(code)) {
            return code == null || code.equals("unknown") ? "Unknown" : code;
        }
        return Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
