package org.policyportal.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes plus {@code EU} and {@code INT}, with their English names.
 *
 * <p>Thread-safe: immutable.
 */
public final class Countries {

    private static final Map<String, String> SPECIAL = Map.of(
            "EU", "European Union",
            "INT", "International",
            "UK", "United Kingdom");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** Normalises a code ({@code nl}, {@code UK} → {@code NL}, {@code GB}); empty when not a known code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("UK")) {
            return Optional.of("GB");
        }
        if (c.equals("EU") || c.equals("INT") || (c.length() == 2 && ISO.contains(c))) {
            return Optional.of(c);
        }
        return Optional.empty();
    }

    /** English name of a normalised code; the code itself when unknown. */
    public static String name(String code) {
        if (code == null) {
            return "Unknown";
        }
        String special = SPECIAL.get(code);
        if (special != null) {
            return special;
        }
        if (ISO.contains(code)) {
            return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        }
        return code.equals("unknown") ? "Unknown" : code;
    }
}
