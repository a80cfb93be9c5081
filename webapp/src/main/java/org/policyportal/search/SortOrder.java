package org.policyportal.search;

/** Result order. */
public enum SortOrder {
    RELEVANCE("relevance"), YEAR_DESC("year"), YEAR_ASC("year-asc");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** Parses a URL value; throws IllegalArgumentException with a user-facing message when unknown. */
    public static SortOrder fromParam(String value) {
        for (SortOrder s : values()) {
            if (s.param.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("sort must be 'relevance', 'year' or 'year-asc'");
    }
}
