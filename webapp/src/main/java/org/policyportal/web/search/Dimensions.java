package org.policyportal.web.search;

import java.util.Map;
import org.policyportal.index.IndexSchema;

/** Human labels of the facet dimensions, in the order the filter column shows them. Immutable. */
public final class Dimensions {

    private static final Map<String, String> LABELS = Map.of(
            IndexSchema.DIM_COUNTRY, "Country",
            IndexSchema.DIM_ISSUING_BODY, "Issuing body",
            IndexSchema.DIM_YEAR, "Year",
            IndexSchema.DIM_LANGUAGE, "Language",
            IndexSchema.DIM_STANDARD, "Standard",
            IndexSchema.DIM_STRENGTH, "Requirement strength",
            IndexSchema.DIM_DIGITAL, "Q1: Focus on internet/ICT",
            IndexSchema.DIM_SECURITY, "Q2: Has security provisions",
            IndexSchema.DIM_SECURITY_STANDARDS, "Q3: Standards in security provisions");

    private Dimensions() {
    }

    public static String label(String dim) {
        return LABELS.getOrDefault(dim, dim);
    }
}
