package org.policyportal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive units grouped by {@code OR} (each inner list is one disjunction; the groups are AND'ed) and the
 * excluded units, after capping the number of units and of prefix searches. Repairs (dangling {@code OR},
 * {@code OR} next to an exclusion, caps) add notices.
 *
 * @param groups   positive groups, in query order
 * @param excluded units written with {@code -}
 */
record UnitGroups(List<List<QueryUnit>> groups, List<QueryUnit> excluded) {

    static UnitGroups of(List<QueryUnit> units, int maxUnits, int maxPrefixes, List<String> notices) {
        List<List<QueryUnit>> groups = new ArrayList<>();
        List<QueryUnit> excluded = new ArrayList<>();
        group(limit(units, maxUnits, maxPrefixes, notices), groups, excluded, notices);
        return new UnitGroups(groups, excluded);
    }

    private static List<QueryUnit> limit(List<QueryUnit> units, int maxUnits, int maxPrefixes, List<String> notices) {
        List<QueryUnit> out = new ArrayList<>();
        int counted = 0;
        int prefixes = 0;
        for (QueryUnit u : units) {
            if (u.kind() != QueryUnit.Kind.OR && ++counted > maxUnits) {
                notices.add("Only the first " + maxUnits + " terms of your query were used.");
                break;
            }
            if (u.kind() == QueryUnit.Kind.PREFIX && ++prefixes > maxPrefixes) {
                notices.add("At most " + maxPrefixes + " prefix searches (*) are allowed; '" + u.text()
                        + "*' was searched as a word.");
                u = QueryUnit.word(u.text(), u.negated());
            }
            out.add(u);
        }
        return out;
    }

    /** Groups positive units joined by OR; collects excluded units; repairs dangling ORs. */
    private static void group(List<QueryUnit> units, List<List<QueryUnit>> groups, List<QueryUnit> excluded,
                              List<String> notices) {
        boolean pendingOr = false;
        boolean afterPositive = false;
        boolean dangling = false;
        for (QueryUnit u : units) {
            if (u.kind() == QueryUnit.Kind.OR) {
                dangling |= !afterPositive || pendingOr;
                pendingOr = afterPositive;
                continue;
            }
            if (u.negated()) {
                dangling |= pendingOr;
                excluded.add(u);
                pendingOr = false;
                afterPositive = false;
                continue;
            }
            if (pendingOr) {
                groups.getLast().add(u);
            } else {
                groups.add(new ArrayList<>(List.of(u)));
            }
            pendingOr = false;
            afterPositive = true;
        }
        if (dangling || pendingOr) {
            notices.add("An OR without a term on both sides was ignored.");
        }
    }
}
