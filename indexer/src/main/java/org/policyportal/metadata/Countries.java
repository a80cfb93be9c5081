package org.policyportal.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    /**
     * Every ISO code's English name, looked up once: each search answer names the countries of its hits and facet
     * values, and looking a name up through {@link Locale} each time was 1.3 % of a search's CPU (JFR, 20,000
     * documents).
     */
    private static final Map<String, String> ISO_NAMES = ISO.stream()
            .collect(Collectors.toUnmodifiableMap(c -> c, c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH)));

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
        String iso = ISO_NAMES.get(code);
        if (iso != null) {
            return iso;
        }
        return code.equals("unknown") ? "Unknown" : code;
    }
}
