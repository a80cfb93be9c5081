package org.policyportal.standards;

/** How strongly a clause demands a standard; declaration order is strongest first. */
public enum Strength {
    REQUIRED, RECOMMENDED, MENTIONED;

    /** Lower-case identifier used in the index and in URLs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
