package org.policyportal.insights;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policyportal.index.IndexSchema;
import org.policyportal.search.FacetValueSets;
import org.policyportal.standards.Strength;

/**
 * What the compare matrix needs of a clause, read from one facet value set (which many clauses share).
 *
 * @param row               the clause's value of the row dimension; null when it has none
 * @param year              the policy's year; null when unknown
 * @param strongestByColumn the strongest strength per column (standard or category), or null when the set alone
 *                          cannot tell: a clause naming several columns with several strengths must be read from
 *                          its stored mentions, because the facets keep its strengths but not which goes with which
 */
record ClauseValues(String row, Integer year, Map<String, Strength> strongestByColumn) {

    /** Reads {@code values} (each a facet path: dimension, then components) for the matrix's {@code axes}. */
    static ClauseValues of(List<List<String>> values, CompareAxes axes) {
        Set<String> columns = new LinkedHashSet<>();
        EnumSet<Strength> strengths = EnumSet.noneOf(Strength.class);
        for (List<String> path : values) {
            String dim = path.get(0);
            if (path.size() == 3 && dim.equals(IndexSchema.DIM_STANDARD)) {
                // a hierarchical value also indexes its category alone (size 2): only full paths are mentions
                columns.add(axes.byCategory() ? path.get(1) : path.get(2));
            } else if (path.size() == 2 && dim.equals(IndexSchema.DIM_STRENGTH)) {
                strengths.add(Strength.valueOf(path.get(1).toUpperCase(Locale.ROOT)));
            }
        }
        Map<String, Strength> byColumn = null;
        if (strengths.size() == 1 || columns.size() == 1 && !strengths.isEmpty()) {
            Strength strongest = strengths.iterator().next(); // EnumSet iterates strongest first
            byColumn = new LinkedHashMap<>();
            for (String c : columns) {
                byColumn.put(c, strongest);
            }
        }
        return new ClauseValues(FacetValueSets.valueOf(values, axes.rows()),
                year(FacetValueSets.valueOf(values, IndexSchema.DIM_YEAR)), byColumn);
    }

    /** A year facet value as a number; null when absent or not a number. */
    static Integer year(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null; // the indexer writes years as digits; anything else counts as unknown
        }
    }
}
