package org.policyportal.standards;

import java.util.Locale;

/**
 * How strongly a clause asks for a standard. Declaration order is strongest first, so
 * {@code compareTo} and {@code ordinal()} can be used to pick the strongest of several.
 */
public enum Strength {
    /** The clause's sentence uses a mandatory cue (shall, must, verplicht, muss, doit, deberá, ...). */
    REQUIRED,
    /** The clause's sentence uses an advisory cue (should, recommended, aanbevolen, sollte, devrait, debería, ...). */
    RECOMMENDED,
    /** The standard is only named (bibliography, background, definitions). */
    MENTIONED;

    /** Lower-case name, stable for index fields and URLs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
