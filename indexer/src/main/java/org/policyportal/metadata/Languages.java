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
    private static final java.util.Map<String, String> FROM_ISO3 = iso3();
    /** Every code's English name, looked up once (search answers name the language of each facet value). */
    private static final java.util.Map<String, String> NAMES = ISO.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(c -> c, c -> Locale.of(c).getDisplayLanguage(Locale.ENGLISH)));

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
            c = FROM_ISO3.getOrDefault(c, c);
        }
        return c.length() == 2 && ISO.contains(c) ? Optional.of(c) : Optional.empty();
    }

    private static java.util.Map<String, String> iso3() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // No three-letter form for this code: it can only be given as two letters.
            }
        }
        // Bibliographic variants that the JDK does not list.
        map.putIfAbsent("ger", "de");
        map.putIfAbsent("fre", "fr");
        map.putIfAbsent("dut", "nl");
        return java.util.Map.copyOf(map);
    }

    /** English name of a code ({@code nl} → Dutch); the code when unknown. */
    public static String name(String code) {
        String name = code == null ? null : NAMES.get(code);
        if (name == null) {
            return code == null || code.equals("unknown") ? "Unknown" : code;
        }
        return name;
    }
}
