package org.policyportal.insights;

import org.policyportal.index.IndexSchema;

/**
 * The axes of the compare matrix.
 *
 * @param rows    {@link IndexSchema#DIM_COUNTRY} or {@link IndexSchema#DIM_ISSUING_BODY}
 * @param columns {@code standard} (one column per standard) or {@code category} (one per standard category)
 */
public record CompareAxes(String rows, String columns) {

    public static final String STANDARD = "standard";
    public static final String CATEGORY = "category";

    public CompareAxes {
        if (!IndexSchema.DIM_COUNTRY.equals(rows) && !IndexSchema.DIM_ISSUING_BODY.equals(rows)) {
            throw new IllegalArgumentException("rows must be 'country' or 'issuingBody'");
        }
        if (!STANDARD.equals(columns) && !CATEGORY.equals(columns)) {
            throw new IllegalArgumentException("columns must be 'standard' or 'category'");
        }
    }

    /** Countries by standards, the default. */
    public static CompareAxes defaults() {
        return new CompareAxes(IndexSchema.DIM_COUNTRY, STANDARD);
    }

    /** Parses URL values; null or blank means the default of that axis. */
    public static CompareAxes parse(String rows, String columns) {
        return new CompareAxes(rows == null || rows.isBlank() ? IndexSchema.DIM_COUNTRY : rows.strip(),
                columns == null || columns.isBlank() ? STANDARD : columns.strip());
    }

    public boolean byCategory() {
        return CATEGORY.equals(columns);
    }
}
