package org.policyportal.search;

/** Documents (one hit per policy, best clauses as snippets) or clauses (one hit per clause). */
public enum SearchMode {
    DOCUMENTS("documents"), CLAUSES("clauses");

    private final String param;

    SearchMode(String param) {
        this.param = param;
    }

    /** The value used in URLs ({@code mode=clauses}). */
    public String param() {
        return param;
    }

    /** Parses a URL value; throws IllegalArgumentException with a user-facing message when unknown. */
    public static SearchMode fromParam(String value) {
        for (SearchMode m : values()) {
            if (m.param.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be 'documents' or 'clauses'");
    }
}
